import { permissionLabels } from '@/api/contracts/permission-labels';
import { allPermissions, rolePermissions, type Permission } from '@/api/contracts/permissions';
import type { Role } from '@/api/contracts/vocabulary';

/** The columns of the matrix, in the catalog's order, with their group names. */
export const matrixColumns: { role: Role; label: string }[] = [
  { role: 'Administrator', label: 'Administrators' },
  { role: 'User', label: 'Users' },
  { role: 'Viewer', label: 'Viewers' },
];

export interface MatrixRow {
  permission: Permission;
  activity: string;
  allowed: Record<Role, boolean>;
}

/**
 * The permission matrix (catalog §6.15) as table rows, derived from `rolePermissions` — the same
 * table the backend answers 403 from, so the page can never show a second, diverging copy.
 */
export function permissionMatrixRows(): MatrixRow[] {
  return allPermissions.map((permission) => ({
    permission,
    activity: permissionLabels[permission],
    allowed: {
      Administrator: rolePermissions.Administrator.includes(permission),
      User: rolePermissions.User.includes(permission),
      Viewer: rolePermissions.Viewer.includes(permission),
    },
  }));
}
