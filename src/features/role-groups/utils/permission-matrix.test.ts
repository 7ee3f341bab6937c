import { describe, expect, it } from 'vitest';
import { permissionLabels } from '@/api/contracts/permission-labels';
import { allPermissions, hasPermission } from '@/api/contracts/permissions';
import { matrixColumns, permissionMatrixRows } from './permission-matrix';

describe('permission matrix rows', () => {
  it('has one row per permission, labelled as the catalog words it', () => {
    const rows = permissionMatrixRows();
    expect(rows.map((r) => r.permission)).toEqual(allPermissions);
    expect(rows.find((r) => r.permission === 'config.sensors')?.activity).toBe(
      permissionLabels['config.sensors'],
    );
  });

  it('agrees with hasPermission for every role and activity', () => {
    for (const row of permissionMatrixRows()) {
      for (const { role } of matrixColumns) {
        expect(row.allowed[role], `${row.permission} for ${role}`).toBe(
          hasPermission(role, row.permission),
        );
      }
    }
  });

  it('shows the catalog’s examples', () => {
    const byPermission = Object.fromEntries(
      permissionMatrixRows().map((r) => [r.permission, r.allowed]),
    );
    expect(byPermission['instance.delete']).toEqual({
      Administrator: true,
      User: false,
      Viewer: false,
    });
    expect(byPermission['config.exclusions']).toEqual({
      Administrator: true,
      User: true,
      Viewer: false,
    });
    expect(byPermission.login).toEqual({ Administrator: true, User: true, Viewer: true });
    expect(byPermission['roleGroups.manage']).toEqual({
      Administrator: true,
      User: false,
      Viewer: false,
    });
  });
});
