import { describe, expect, it } from 'vitest';
import { moveChecklistSchema, type MoveChecklist } from '../../src/api/contracts/move-from-ata';
import { endpoints } from '../../src/api/endpoints';
import { givenDefenderForEndpoint, givenScenario, givenSensorOutage } from '../configure';
import { tenantIds } from '../identity/directory';
import { store } from '../store/store';
import { callApi } from '../testing/api-client';

async function checklist(upn = 'admin@contoso.com'): Promise<MoveChecklist> {
  const response = await callApi(upn, endpoints.moveFromAtaChecklist);
  expect(response.status).toBe(200);
  return moveChecklistSchema.parse(response.body);
}

const done = (list: MoveChecklist) =>
  Object.fromEntries(list.items.map((i) => [i.id, i.done] as const));

async function put(name: string, value: unknown) {
  const current = await callApi('admin@contoso.com', endpoints.config(name));
  const etag = (current.body as { etag: string }).etag;
  const saved = await callApi('admin@contoso.com', endpoints.config(name), {
    method: 'PUT',
    body: value,
    headers: { 'If-Match': etag },
  });
  expect(saved.status).toBe(200);
}

describe('GET /api/move-from-ata/checklist', () => {
  it('computes the twelve items from Contoso’s state, for every role', async () => {
    const list = await checklist('viewer@contoso.com');
    expect(list.items.map((i) => i.id)).toEqual([
      'delayed-updates',
      'directory-services',
      'syslog',
      'vpn',
      'defender-for-endpoint',
      'honeytokens',
      'sensitive-entities',
      'exclusions',
      'email-notifications',
      'scheduled-reports',
      'role-groups',
      'siem',
    ]);
    expect(done(list)).toMatchObject({
      'directory-services': true,
      syslog: false,
      vpn: false,
      'defender-for-endpoint': false,
      honeytokens: false,
      exclusions: false,
      'email-notifications': true,
      'scheduled-reports': false,
      'role-groups': true,
      siem: false,
    });
    expect(list.items.find((i) => i.id === 'vpn')?.href).toBe('/configuration/vpn');
    expect(list.validation.href).toBe('/health');
  });

  it('ticks items as the state changes, and the validation step follows open health issues', async () => {
    await givenScenario('contoso');
    givenDefenderForEndpoint(true);
    await put('vpn', { radiusEnabled: true, sharedSecret: 'Radius7Secret42xyz' });
    await put('scheduled-reports', {
      ...(
        (await callApi('admin@contoso.com', endpoints.config('scheduled-reports'))).body as {
          value: object;
        }
      ).value,
      summary: {
        frequency: 'Daily',
        weekday: 'Monday',
        dayOfMonth: 1,
        hourUtc: 6,
        recipients: ['soc@contoso.com'],
      },
    });
    const sensors = (await callApi('admin@contoso.com', endpoints.sensors)).body as {
      items: { id: string; name: string; serviceStatus: string }[];
    };
    const dc01 = sensors.items.find((s) => s.name === 'DC01')!;
    await put('syslog', {
      enabled: true,
      sensorId: dc01.id,
      server: 'siem.contoso.com',
      port: 514,
      transport: 'UDP',
      format: 'RFC 5424',
      events: { newSecurityAlerts: true, updatedSecurityAlerts: true, newHealthIssues: true },
    });
    store.state.tenants[tenantIds.contoso]!.exclusions = [
      {
        id: 'x1',
        detectionId: '2007',
        kind: 'IP address',
        value: '10.0.0.1',
        entityId: null,
        addedAt: store.now(),
        addedBy: 'Adele Vance',
        fromAlertId: null,
      },
    ];
    const before = (await checklist()).validation.openHealthIssues;
    givenSensorOutage(dc01.id, 30);
    const list = await checklist();
    expect(done(list)).toMatchObject({
      syslog: true,
      siem: true,
      vpn: true,
      'defender-for-endpoint': true,
      'scheduled-reports': true,
      exclusions: true,
    });
    expect(list.items.find((i) => i.id === 'syslog')?.detail).toBe(
      'DC01 forwards to siem.contoso.com:514 over UDP.',
    );
    expect(list.validation.openHealthIssues).toBe(before + 1);
    expect(list.validation.done).toBe(false);
  });

  it('shows a new instance with nothing set up, and refuses callers without a role', async () => {
    expect(
      (await callApi('admin@fabrikam.com', endpoints.instance, { method: 'POST', body: {} }))
        .status,
    ).toBe(201);
    const list = await checklist('admin@fabrikam.com');
    expect(done(list)).toMatchObject({
      'delayed-updates': false,
      'directory-services': false,
      'role-groups': false,
    });
    expect(list.items[0]?.detail).toBe('No domain controller sensors yet: install sensors first.');
    expect(list.validation).toMatchObject({ openHealthIssues: 0, done: true });
    expect((await callApi('guest@contoso.com', endpoints.moveFromAtaChecklist)).status).toBe(403);
    expect((await callApi(null, endpoints.moveFromAtaChecklist)).status).toBe(401);
  });
});

describe('detection tuning in the checklist', () => {
  it('counts honeytokens and sensitive tags where the Entity tags page keeps them, and live exclusions', async () => {
    const tenant = store.state.tenants[tenantIds.contoso]!;
    const tagged = { id: 'u1', kind: 'User', name: 'x', domain: 'contoso.com' };
    tenant.config['entity-tags'] = {
      value: {
        honeytokens: [tagged],
        sensitiveAccounts: [tagged, tagged],
        sensitiveGroups: [],
        exchangeServers: [],
      },
      revision: 1,
      updatedAt: null,
      updatedBy: null,
    };
    const base = {
      detectionId: null,
      kind: 'Domain' as const,
      value: 'contoso.com',
      entityId: null,
      addedAt: 0,
      addedBy: 'x',
      fromAlertId: null,
    };
    const now = store.now();
    tenant.exclusions = [
      { ...base, id: 'builtin', builtIn: true },
      { ...base, id: 'removed', removedAt: now - 1 },
      { ...base, id: 'expired', expiresAt: now - 1 },
      { ...base, id: 'live', expiresAt: now + 60_000 },
    ] as unknown as NonNullable<typeof tenant.exclusions>;
    const list = await checklist();
    const detail = (id: string) => list.items.find((i) => i.id === id);
    expect(detail('honeytokens')).toMatchObject({ done: true, detail: '1 honeytoken tagged.' });
    expect(detail('sensitive-entities')).toMatchObject({
      done: true,
      detail: '2 entities tagged sensitive.',
    });
    expect(detail('exclusions')).toMatchObject({ done: true, detail: '1 exclusion.' });
  });
});
