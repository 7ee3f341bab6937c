import { describe, expect, it } from 'vitest';
import { allPermissions, hasPermission, permissionsFor, rolePermissions } from './permissions';

describe('permission matrix (catalog §6.15)', () => {
  it('gives Administrators everything', () => {
    expect(permissionsFor('Administrator').sort()).toEqual([...allPermissions].sort());
  });

  it.each([
    ['health.changeStatus', false, false],
    ['alerts.changeStatus', true, false],
    ['instance.delete', false, false],
    ['reports.download', true, true],
    ['login', true, true],
    ['alerts.share', true, true],
    ['config.updates', false, false],
    ['config.entityTags', true, false],
    ['config.exclusions', true, false],
    ['config.language', true, false],
    ['config.notifications', true, false],
    ['config.preview', true, false],
    ['config.scheduledReports', true, false],
    ['config.dataSources', false, false],
    ['config.sensors', false, false],
    ['entities.view', true, true],
    ['health.view', true, true],
    ['roleGroups.manage', false, false],
    ['audit.view', false, false],
    ['config.export', true, false],
    ['config.import', false, false],
  ] as const)('%s: Users %s, Viewers %s', (permission, user, viewer) => {
    expect(hasPermission('Administrator', permission)).toBe(true);
    expect(hasPermission('User', permission)).toBe(user);
    expect(hasPermission('Viewer', permission)).toBe(viewer);
  });

  it('gives no role nothing', () => {
    expect(permissionsFor(null)).toEqual([]);
    expect(hasPermission(null, 'login')).toBe(false);
  });

  it('keeps Viewers a subset of Users', () => {
    for (const p of rolePermissions.Viewer) expect(rolePermissions.User).toContain(p);
  });
});
