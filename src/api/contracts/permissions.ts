import type { Role } from './vocabulary';

/**
 * The permission matrix of the role groups (domain catalog §6.15), as data. The UI uses it to hide
 * or disable controls; the mock backend uses the same table to answer 403.
 */
export const permissionLabels = {
  'health.changeStatus': 'Change status of health alerts',
  'alerts.changeStatus': 'Change status of security alerts (reopen, close, exclude, suppress)',
  'alerts.delete': 'Delete security alerts',
  'instance.delete': 'Delete instance',
  'reports.download': 'Download a report',
  login: 'Login',
  'alerts.share': 'Share/export security alerts (email, get link, download details)',
  'config.updates': 'Update configuration — Updates',
  'config.entityTags': 'Update configuration — Entity tags (sensitive & honeytoken)',
  'config.exclusions': 'Update configuration — Exclusions',
  'config.language': 'Update configuration — Language',
  'config.notifications': 'Update configuration — Notifications (email & syslog)',
  'config.preview': 'Update configuration — Preview detections',
  'config.scheduledReports': 'Update configuration — Scheduled reports',
  'config.dataSources':
    'Update configuration — Data sources (directory services, SIEM, VPN, Defender for Endpoint)',
  'config.sensors': 'Update configuration — Sensors (download, regenerate key, configure, delete)',
  'entities.view': 'View entity profiles and security alerts',
  'health.view': 'View health issues',
  'roleGroups.manage': 'Manage role group membership',
  'audit.view': 'View the audit log',
  'config.export': 'Export the configuration',
  'config.import': 'Import a configuration',
} as const;

export type Permission = keyof typeof permissionLabels;
export const allPermissions = Object.keys(permissionLabels) as Permission[];

const viewer: Permission[] = [
  'reports.download',
  'login',
  'alerts.share',
  'entities.view',
  'health.view',
];
const user: Permission[] = [
  ...viewer,
  'alerts.changeStatus',
  'config.entityTags',
  'config.exclusions',
  'config.language',
  'config.notifications',
  'config.preview',
  'config.scheduledReports',
  'config.export',
];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  Administrator: allPermissions,
  User: user,
  Viewer: viewer,
};

export function hasPermission(role: Role | null, permission: Permission): boolean {
  return role !== null && rolePermissions[role].includes(permission);
}

export function permissionsFor(role: Role | null): Permission[] {
  return role === null ? [] : [...rolePermissions[role]];
}
