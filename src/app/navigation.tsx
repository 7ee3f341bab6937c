import {
  ArrowDownloadRegular,
  ShieldErrorRegular,
  HeartPulseRegular,
  HomeRegular,
  SettingsRegular,
} from '@fluentui/react-icons';
import type { Permission } from '@/api/contracts/permissions';
import type { NavSection } from '@/components/layout/side-nav';
import { paths } from '@/config/paths';

/** The left navigation. Add a page here only when its route exists. */
export function portalNavigation(
  counts: { openHealthIssues?: number | undefined } = {},
): NavSection[] {
  const open = counts.openHealthIssues;
  return [
    {
      title: 'Manage',
      items: [
        // First: the analyst's home.
        { label: 'Security alerts', to: paths.alerts, icon: <ShieldErrorRegular /> },
        { label: 'Home', to: paths.home, icon: <HomeRegular /> },
        {
          label: 'Health Center',
          to: paths.health,
          icon: <HeartPulseRegular />,
          count: open,
          countLabel:
            open === undefined
              ? undefined
              : `${open} open health ${open === 1 ? 'issue' : 'issues'}`,
        },
        // The download arrow is already on the Sensors page: a new icon would cost its budget.
        { label: 'Reports', to: paths.reports, icon: <ArrowDownloadRegular /> },
        { label: 'Configuration', to: paths.configuration.root, icon: <SettingsRegular /> },
      ],
    },
  ];
}

export interface SubNavSection {
  title: string;
  /** `permission`: the item shows only to roles that have it. */
  items: { label: string; to: string; permission?: Permission }[];
}

/**
 * Configuration's sub-navigation, grouped like the product's (System, Data sources, Detection,
 * Notifications and reports, Preview, Admin). Only pages that exist are listed; empty groups hide.
 */
export function configurationNavigation(
  can: (permission: Permission) => boolean = () => true,
): SubNavSection[] {
  const c = paths.configuration;
  const sections: SubNavSection[] = [
    { title: 'System', items: [{ label: 'Sensors', to: c.sensors }] },
    {
      title: 'Data sources',
      items: [
        { label: 'Directory services', to: c.directoryServices },
        { label: 'VPN', to: c.vpn },
        { label: 'Microsoft Defender for Endpoint', to: c.defenderForEndpoint },
      ],
    },
    {
      title: 'Detection',
      items: [
        { label: 'Entity tags', to: c.entityTags },
        { label: 'Exclusions', to: c.exclusions },
      ],
    },
    {
      title: 'Notifications and reports',
      items: [
        { label: 'Email notifications', to: c.notifications },
        { label: 'Syslog notifications', to: c.syslog },
        { label: 'Scheduled reports', to: c.scheduledReports },
      ],
    },
    { title: 'Preview', items: [{ label: 'Detections', to: c.previewDetections }] },
    {
      title: 'Admin',
      items: [
        { label: 'Role groups', to: c.roleGroups },
        { label: 'Move from ATA', to: c.moveFromAta },
        { label: 'Audit log', to: c.auditLog, permission: 'audit.view' },
        { label: 'Delete instance', to: c.deleteInstance, permission: 'instance.delete' },
      ],
    },
  ];
  return sections
    .map((s) => ({ ...s, items: s.items.filter((i) => !i.permission || can(i.permission)) }))
    .filter((s) => s.items.length > 0);
}
