import type { Role } from './vocabulary';

/**
 * The permission matrix of the role groups (domain catalog §6.15), as data. The UI uses it to hide
 * or disable controls; the mock backend uses the same table to answer 403. Their labels are in
 * ./permission-labels: the signed-in shell checks permissions and needs no labels.
 */
const permissionNames = [
  'health.changeStatus',
  'alerts.changeStatus',
  'alerts.delete',
  'instance.delete',
  'reports.download',
  'login',
  'alerts.share',
  'config.updates',
  'config.entityTags',
  'config.exclusions',
  'config.language',
  'config.notifications',
  'config.preview',
  'config.scheduledReports',
  'config.dataSources',
  'config.sensors',
  'entities.view',
  'health.view',
  'roleGroups.manage',
  'audit.view',
  'config.export',
  'config.import',
] as const;

export type Permission = (typeof permissionNames)[number];
export const allPermissions: Permission[] = [...permissionNames];

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
