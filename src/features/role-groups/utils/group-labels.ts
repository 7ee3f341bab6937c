import type { RoleGroupKey } from '@/api/contracts/role-groups';

/** Short names of the role groups, as the catalog's matrix heads them. */
export const groupLabel: Record<RoleGroupKey, string> = {
  administrators: 'Administrators',
  users: 'Users',
  viewers: 'Viewers',
};

/** What membership of each group gives, in one line. */
export const groupSummary: Record<RoleGroupKey, string> = {
  administrators:
    'Everything: configuration of sensors and data sources, role groups, the audit log and deleting the instance.',
  users:
    'Investigate and manage security alerts, and change detection, notification and report settings.',
  viewers: 'View security alerts, entity profiles and health, and download reports. No changes.',
};
