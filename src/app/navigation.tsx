import { SettingsRegular } from '@fluentui/react-icons';
import type { NavSection } from '@/components/layout/side-nav';
import { paths } from '@/config/paths';

/** The left navigation. Add a page here only when its route exists. */
export function portalNavigation(): NavSection[] {
  return [
    {
      title: 'Manage',
      items: [{ label: 'Configuration', to: paths.configuration.root, icon: <SettingsRegular /> }],
    },
  ];
}

export interface SubNavSection {
  title: string;
  items: { label: string; to: string }[];
}

/**
 * Configuration's sub-navigation, grouped like the product's (System, Data sources, Detection,
 * Notifications and reports, Preview, Admin). Only pages that exist are listed; empty groups hide.
 */
export function configurationNavigation(): SubNavSection[] {
  const c = paths.configuration;
  const sections: SubNavSection[] = [
    { title: 'System', items: [{ label: 'Sensors', to: c.sensors }] },
    { title: 'Data sources', items: [] },
    { title: 'Detection', items: [] },
    { title: 'Notifications and reports', items: [] },
    { title: 'Preview', items: [] },
    { title: 'Admin', items: [] },
  ];
  return sections.filter((s) => s.items.length > 0);
}
