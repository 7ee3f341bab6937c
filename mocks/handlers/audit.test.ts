import { describe, expect, it } from 'vitest';
import { auditListSchema } from '../../src/api/contracts/audit';
import { endpoints } from '../../src/api/endpoints';
import { demoUserIds } from '../identity/directory';
import { givenNow } from '../configure';
import { callApi } from '../testing/api-client';

const list = async (query = '') =>
  auditListSchema.parse((await callApi('admin@contoso.com', `${endpoints.audit}${query}`)).body);

async function addViewerToUsers(at: string) {
  givenNow(at);
  const response = await callApi('admin@contoso.com', endpoints.roleGroupMembers('users'), {
    method: 'POST',
    body: { userId: demoUserIds.viewer },
  });
  expect(response.status).toBe(201);
  await callApi('admin@contoso.com', endpoints.roleGroupMember('users', demoUserIds.viewer), {
    method: 'DELETE',
  });
}

describe('GET /api/audit', () => {
  it('is for Administrators only', async () => {
    const response = await callApi('analyst@contoso.com', endpoints.audit);
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ missingPermission: 'audit.view' });
  });

  it('starts empty, then lists changes newest first', async () => {
    expect(await list()).toEqual({ items: [], total: 0, pages: [], actors: [] });
    await addViewerToUsers('2026-11-18T10:00:00Z');
    const log = await list();
    expect(log.total).toBe(2);
    expect(log.items.map((e) => e.action)).toEqual(['Updated', 'Updated']);
    expect(log.pages).toEqual(['Role groups']);
    expect(log.actors).toEqual([{ id: demoUserIds.admin, displayName: 'Adele Vance' }]);
  });

  it('filters by page, person and inclusive date range, and pages through', async () => {
    await addViewerToUsers('2026-11-18T10:00:00Z');
    await addViewerToUsers('2026-11-20T23:59:00Z');
    expect((await list('?from=2026-11-19')).total).toBe(2);
    expect((await list('?to=2026-11-18')).total).toBe(2);
    expect((await list('?from=2026-11-18&to=2026-11-20')).total).toBe(4);
    expect((await list('?page=Sensors')).total).toBe(0);
    expect((await list(`?actor=${demoUserIds.viewer}`)).total).toBe(0);
    const second = await list('?offset=3&limit=2');
    expect(second.total).toBe(4);
    expect(second.items).toHaveLength(1);
  });

  it('answers 400 for bad dates', async () => {
    for (const query of [
      '?from=yesterday',
      '?to=2026-13-01',
      '?from=2026-11-20&to=2026-11-01',
      '?limit=0',
    ]) {
      const response = await callApi('admin@contoso.com', `${endpoints.audit}${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body).toMatchObject({ code: 'validation' });
    }
  });
});
