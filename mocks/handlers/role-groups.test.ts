import { describe, expect, it } from 'vitest';
import { auditListSchema } from '../../src/api/contracts/audit';
import { meSchema } from '../../src/api/contracts/me';
import { directoryUserListSchema, roleGroupListSchema } from '../../src/api/contracts/role-groups';
import { endpoints } from '../../src/api/endpoints';
import { demoUserIds, tenantIds } from '../identity/directory';
import { instanceFor } from '../scenarios/scenarios';
import { store } from '../store/store';
import { callApi } from '../testing/api-client';

const roleOf = async (upn: string) => meSchema.parse((await callApi(upn, endpoints.me)).body).role;
const add = (upn: string, group: string, userId: string) =>
  callApi(upn, endpoints.roleGroupMembers(group), { method: 'POST', body: { userId } });
const remove = (upn: string, group: string, userId: string) =>
  callApi(upn, endpoints.roleGroupMember(group, userId), { method: 'DELETE' });

describe('role groups', () => {
  it('lists the three groups with members, and the directory admins', async () => {
    const list = roleGroupListSchema.parse(
      (await callApi('viewer@contoso.com', endpoints.roleGroups)).body,
    );
    expect(list.groups.map((g) => [g.displayName, g.members.map((m) => m.upn)])).toEqual([
      ['Vigil contoso Administrators', []],
      ['Vigil contoso Users', ['analyst@contoso.com']],
      ['Vigil contoso Viewers', ['viewer@contoso.com']],
    ]);
    expect(list.directoryAdmins).toEqual([
      expect.objectContaining({ upn: 'admin@contoso.com', directoryRole: 'Global Administrator' }),
    ]);
  });

  it('applies a membership change at the member’s next request', async () => {
    expect(await roleOf('analyst@contoso.com')).toBe('User');
    expect((await add('admin@contoso.com', 'administrators', demoUserIds.analyst)).status).toBe(
      201,
    );
    expect(await roleOf('analyst@contoso.com')).toBe('Administrator');
    expect((await remove('admin@contoso.com', 'administrators', demoUserIds.analyst)).status).toBe(
      204,
    );
    expect(await roleOf('analyst@contoso.com')).toBe('User');
  });

  it('refuses non-administrators with 403', async () => {
    const response = await add('analyst@contoso.com', 'administrators', demoUserIds.analyst);
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ missingPermission: 'roleGroups.manage' });
    expect((await remove('viewer@contoso.com', 'viewers', demoUserIds.viewer)).status).toBe(403);
    expect((await callApi('analyst@contoso.com', endpoints.directoryUsers)).status).toBe(403);
    expect(await roleOf('analyst@contoso.com')).toBe('User');
  });

  it('answers 404 for a user of another tenant, and 400 without a user', async () => {
    const response = await add('admin@contoso.com', 'users', demoUserIds.fabrikamAdmin);
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'user-not-found' });
    expect((await add('admin@contoso.com', 'owners', demoUserIds.viewer)).status).toBe(404);
    const invalid = await add('admin@contoso.com', 'users', ' ');
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({ errors: { userId: ['Choose a person to add'] } });
  });

  it('searches only the caller’s tenant, leaving out members', async () => {
    const all = directoryUserListSchema.parse(
      (await callApi('admin@contoso.com', `${endpoints.directoryUsers}?search=`)).body,
    );
    expect(all.items).toHaveLength(12);
    expect(all.items.every((u) => u.upn.endsWith('@contoso.com'))).toBe(true);
    const admins = directoryUserListSchema.parse(
      (await callApi('admin@contoso.com', `${endpoints.directoryUsers}?search=ADMIN&notIn=users`))
        .body,
    );
    expect(admins.items.map((u) => u.upn)).toEqual(['admin@contoso.com']);
    const notUsers = directoryUserListSchema.parse(
      (await callApi('admin@contoso.com', `${endpoints.directoryUsers}?search=megan&notIn=users`))
        .body,
    );
    expect(notUsers.items).toEqual([]);

    store.state.tenants[tenantIds.fabrikam]!.instance = instanceFor('fabrikam', Date.now());
    const fabrikam = directoryUserListSchema.parse(
      (await callApi('admin@fabrikam.com', `${endpoints.directoryUsers}?search=`)).body,
    );
    expect(fabrikam.items.map((u) => u.upn).sort()).toEqual([
      'admin@fabrikam.com',
      'miriam.graham@fabrikam.com',
    ]);
  });

  it('never lets an Administrator by membership remove themselves from Administrators', async () => {
    await add('admin@contoso.com', 'administrators', demoUserIds.analyst);
    const response = await remove('analyst@contoso.com', 'administrators', demoUserIds.analyst);
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'self-lockout' });
    expect(await roleOf('analyst@contoso.com')).toBe('Administrator');
    // Another Administrator may.
    expect((await remove('admin@contoso.com', 'administrators', demoUserIds.analyst)).status).toBe(
      204,
    );
  });

  it('records each change in the audit log', async () => {
    await add('admin@contoso.com', 'users', demoUserIds.viewer);
    await remove('admin@contoso.com', 'users', demoUserIds.viewer);
    const log = auditListSchema.parse((await callApi('admin@contoso.com', endpoints.audit)).body);
    expect(log.items.map((e) => [e.page, e.target, e.changes])).toEqual([
      [
        'Role groups',
        'Vigil contoso Users',
        [
          {
            field: 'members.viewer@contoso.com',
            label: 'Member viewer@contoso.com',
            before: 'Alex Wilber',
            after: null,
          },
        ],
      ],
      [
        'Role groups',
        'Vigil contoso Users',
        [
          {
            field: 'members.viewer@contoso.com',
            label: 'Member viewer@contoso.com',
            before: null,
            after: 'Alex Wilber',
          },
        ],
      ],
    ]);
  });
});
