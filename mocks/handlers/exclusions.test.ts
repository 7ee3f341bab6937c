import { beforeEach, describe, expect, it } from 'vitest';
import { alertPageSchema, type AlertSummary } from '../../src/api/contracts/alerts';
import { auditListSchema } from '../../src/api/contracts/audit';
import {
  exclusionImpactSchema,
  exclusionParseResultSchema,
  exclusionsResponseSchema,
  type ExclusionChanges,
  type ExclusionDraft,
} from '../../src/api/contracts/exclusions';
import { problemSchema } from '../../src/api/contracts/problem';
import { endpoints } from '../../src/api/endpoints';
import { givenScenario, givenTimePasses } from '../configure';
import { tenantIds } from '../identity/directory';
import { scenarioEpoch } from '../store/clock';
import { store } from '../store/store';
import { alertWorld } from '../world/alerts';
import { callApi } from '../testing/api-client';
import { demoAlert } from '../testing/demo-alerts';

const admin = 'admin@contoso.com';
const analyst = 'analyst@contoso.com';
const viewer = 'viewer@contoso.com';
const HOUR = 3_600_000;

async function lists(upn = viewer) {
  const response = await callApi(upn, endpoints.exclusions);
  expect(response.status).toBe(200);
  return exclusionsResponseSchema.parse(response.body);
}

async function change(changes: Partial<ExclusionChanges>, upn = analyst, etag?: string) {
  const ifMatch = etag ?? (await lists(upn)).etag;
  return callApi(upn, endpoints.exclusions, {
    method: 'PATCH',
    headers: { 'If-Match': ifMatch },
    body: { add: [], remove: [], expiry: [], ...changes },
  });
}

const draft = (d: Partial<ExclusionDraft>): ExclusionDraft => ({
  detectionId: null,
  kind: 'IP address',
  value: '',
  note: null,
  expiresAt: null,
  ...d,
});

async function allAlerts(): Promise<AlertSummary[]> {
  const out: AlertSummary[] = [];
  let before: string | null = null;
  for (let n = 0; n < 200; n++) {
    const query = `filter=All&limit=500${before ? `&before=${before}` : ''}`;
    const page = alertPageSchema.parse(
      (await callApi(viewer, `${endpoints.alerts}?${query}`)).body,
    );
    out.push(...page.items);
    before = page.nextBefore;
    if (!before) break;
  }
  return out;
}

const visible = async (id: string) => (await callApi(viewer, endpoints.alert(id))).status === 200;

beforeEach(async () => {
  await givenScenario('active-attack');
});

describe('GET /api/exclusions', () => {
  it('lists the built-in vendor domains of 2031 for every role, with an ETag', async () => {
    const { value, etag } = await lists(viewer);
    expect(etag).toMatch(/^W\//);
    expect(value.items.map((e) => [e.detectionId, e.kind, e.value, e.builtIn])).toEqual([
      ['2031', 'Domain', 'e5.sk', true],
      ['2031', 'Domain', 'sophosxl.net', true],
      ['2031', 'Domain', 'spotify.com', true],
    ]);
  });

  it('shows the entry Close and exclude adds, with the alert it came from', async () => {
    const id = demoAlert('enumeration');
    const closed = await callApi(analyst, endpoints.alertStatus(id), {
      method: 'POST',
      body: { action: 'CloseAndExclude' },
    });
    expect(closed.status).toBe(200);
    const entry = (await lists()).value.items.find((e) => !e.builtIn);
    expect(entry).toMatchObject({
      detectionId: '2003',
      kind: 'Computer',
      value: 'CLIENT12',
      fromAlertId: id,
      addedBy: 'Megan Bowen',
      expiresAt: null,
    });
  });
});

describe('PATCH /api/exclusions: validation', () => {
  it.each([
    ['IPv4 address', 'IP address', '10.1.2.3', '10.1.2.3'],
    ['IPv4 subnet', 'IP address', '157.54.208.7/24', '157.54.208.0/24'],
    ['IPv6 address', 'IP address', '2001:DB8::1', '2001:db8::1'],
    ['IPv6 subnet', 'IP address', '3FFE:FFFF:0:C000::/64', '3ffe:ffff:0:c000::/64'],
    ['domain', 'Domain', 'Vendor.Example.com.', 'vendor.example.com'],
    ['computer', 'Computer', 'client12', 'CLIENT12'],
  ] as const)('accepts a %s and stores it normalised', async (_, kind, value, stored) => {
    const response = await change({ add: [draft({ kind, value })] });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const items = exclusionsResponseSchema.parse(response.body).value.items;
    expect(items.find((e) => e.detectionId === null)).toMatchObject({ kind, value: stored });
  });

  it('accepts a user of the directory by name, SAM account name or UPN', async () => {
    const response = await change({
      add: [
        draft({ detectionId: '2023', kind: 'User', value: 'ron.harper' }),
        draft({ detectionId: '2019', kind: 'User', value: 'Ron Harper' }),
        draft({ detectionId: '2024', kind: 'User', value: 'CONTOSO\\sisanda.fela' }),
      ],
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const users = exclusionsResponseSchema
      .parse(response.body)
      .value.items.filter((e) => e.kind === 'User');
    expect(users.map((e) => [e.detectionId, e.value, e.entity?.kind])).toEqual([
      ['2023', 'Ron Harper', 'User'],
      ['2019', 'Ron Harper', 'User'],
      ['2024', 'Sisanda Fela', 'User'],
    ]);
  });

  it.each([
    ['IPv4 with a byte over 255', 'IP address', '10.0.300.1', 'add.0.value'],
    ['IPv4 subnet with a prefix over 32', 'IP address', '10.0.0.0/33', 'add.0.value'],
    ['IPv6 with two ::', 'IP address', '2001::db8::1', 'add.0.value'],
    ['IPv6 subnet with a prefix over 128', 'IP address', '2001:db8::/129', 'add.0.value'],
    ['domain without a dot', 'Domain', 'localhost', 'add.0.value'],
    ['computer that doesn’t exist', 'Computer', 'NO-SUCH-PC', 'add.0.value'],
    ['user on the global list', 'User', 'Megan Bowen', 'add.0.kind'],
  ] as const)('refuses a %s, at the field', async (_, kind, value, field) => {
    const response = await change({ add: [draft({ kind, value })] });
    expect(response.status).toBe(400);
    const problem = problemSchema.parse(response.body);
    expect(Object.keys(problem.errors ?? {})).toEqual([field]);
  });

  it('refuses a kind the detection doesn’t offer, a past expiry and an unknown removal', async () => {
    const response = await change({
      add: [
        draft({ detectionId: '2031', kind: 'Computer', value: 'CLIENT12' }),
        draft({ value: '10.0.0.1', expiresAt: new Date(store.now() - HOUR).toISOString() }),
      ],
      remove: ['nope'],
    });
    expect(response.status).toBe(400);
    expect(Object.keys(problemSchema.parse(response.body).errors ?? {}).sort()).toEqual([
      'add.0.kind',
      'add.1.expiresAt',
      'remove.0',
    ]);
    expect((await lists()).value.items).toHaveLength(3);
  });

  it('merges duplicates instead of adding them twice', async () => {
    const response = await change({
      add: [
        draft({ value: '10.0.0.0/8' }),
        draft({ value: '10.1.0.0/8' }),
        draft({ detectionId: '2031', kind: 'Domain', value: 'E5.SK' }),
      ],
    });
    expect(response.status).toBe(200);
    const items = exclusionsResponseSchema.parse(response.body).value.items;
    expect(items.filter((e) => e.value === '10.0.0.0/8')).toHaveLength(1);
    expect(items.filter((e) => e.value === 'e5.sk')).toHaveLength(1);
  });
});

describe('PATCH /api/exclusions: roles, versions, tenant, audit', () => {
  it('lets Administrators and Users change the lists; Viewers get 403', async () => {
    expect((await change({ add: [draft({ value: '10.0.0.1' })] }, admin)).status).toBe(200);
    expect((await change({ add: [draft({ value: '10.0.0.2' })] }, analyst)).status).toBe(200);
    const refused = await change({ add: [draft({ value: '10.0.0.3' })] }, viewer);
    expect(refused.status).toBe(403);
    expect((await lists()).value.items.map((e) => e.value)).not.toContain('10.0.0.3');
  });

  it('needs If-Match, and answers 412 naming who saved when the version is stale', async () => {
    const stale = (await lists()).etag;
    const missing = await callApi(analyst, endpoints.exclusions, {
      method: 'PATCH',
      body: { add: [], remove: [], expiry: [] },
    });
    expect(missing.status).toBe(428);
    expect((await change({ add: [draft({ value: '10.0.0.1' })] }, admin)).status).toBe(200);
    const conflict = await change({ add: [draft({ value: '10.0.0.2' })] }, analyst, stale);
    expect(conflict.status).toBe(412);
    expect(problemSchema.parse(conflict.body).currentVersion?.updatedBy).toBe('Adele Vance');
  });

  it('moves the version on when Close and exclude adds an entry', async () => {
    const before = (await lists()).etag;
    await callApi(analyst, endpoints.alertStatus(demoAlert('enumeration')), {
      method: 'POST',
      body: { action: 'CloseAndExclude' },
    });
    expect((await lists()).etag).not.toBe(before);
    expect((await change({ remove: [] }, analyst, before)).status).toBe(412);
  });

  it('keeps each tenant’s lists to itself (the version of one is no key to another)', async () => {
    await change({ add: [draft({ value: '10.9.9.9' })] }, admin);
    // Fabrikam has no instance yet: no lists to read or change.
    expect((await callApi('admin@fabrikam.com', endpoints.exclusions)).status).toBe(404);
    const patch = await callApi('admin@fabrikam.com', endpoints.exclusions, {
      method: 'PATCH',
      headers: { 'If-Match': (await lists()).etag },
      body: { add: [], remove: [], expiry: [] },
    });
    expect(patch.status).toBe(404);
  });

  it('audits additions and removals in the page’s words', async () => {
    const { value } = await lists();
    const spotify = value.items.find((e) => e.value === 'spotify.com')!;
    await change({ add: [draft({ value: '10.0.0.0/8' })], remove: [spotify.id] }, admin);
    const audit = auditListSchema.parse(
      (await callApi(admin, `${endpoints.audit}?page=Exclusions`)).body,
    );
    const entry = audit.items.find((e) => e.page === 'Exclusions');
    expect(entry?.changes.map((c) => [c.label, c.before, c.after])).toEqual(
      expect.arrayContaining([
        ['Global exclusions: IP address 10.0.0.0/8', null, 'No expiry'],
        ['Suspicious communication over DNS: Domain spotify.com', 'No expiry', null],
      ]),
    );
  });
});

describe('exclusions and new alerts', () => {
  it('a per-detection entry keeps new alerts from being raised; existing alerts stay', async () => {
    const first = demoAlert('enumeration');
    const again = demoAlert('enumeration-again');
    await change({ add: [draft({ detectionId: '2003', kind: 'Computer', value: 'CLIENT12' })] });
    givenTimePasses(4 * 60);
    expect(await visible(first)).toBe(true);
    expect(await visible(again)).toBe(false);
  });

  it('stops applying after its expiry: the alert after it is raised, and the entry shows expired', async () => {
    const again = demoAlert('enumeration-again');
    const expiresAt = new Date(store.now() + HOUR).toISOString();
    await change({
      add: [draft({ detectionId: '2003', kind: 'Computer', value: 'CLIENT12', expiresAt })],
    });
    givenTimePasses(4 * 60);
    expect(await visible(again)).toBe(true);
    const entry = (await lists()).value.items.find((e) => e.value === 'CLIENT12');
    expect(entry?.expiresAt).toBe(expiresAt);
  });

  it('a global entry applies to every detection using its kind', async () => {
    const again = demoAlert('enumeration-again');
    await change({ add: [draft({ kind: 'Computer', value: 'CLIENT12' })] });
    givenTimePasses(4 * 60);
    expect(await visible(again)).toBe(false);
  });

  it('a global subnet hides new alerts from addresses inside it, not outside', async () => {
    const again = demoAlert('enumeration-again');
    const tenant = store.state.directory.tenants.find((t) => t.id === tenantIds.contoso)!;
    const world = alertWorld('active-attack', tenant, scenarioEpoch);
    const [a, b] = world.spec(world.indexOfId(again)!).ip.split('.');
    await change({ add: [draft({ value: `${a}.${Number(b) ^ 1}.0.0/16` })] });
    givenTimePasses(4 * 60);
    expect(await visible(again)).toBe(true);
    await givenScenario('active-attack');
    await change({ add: [draft({ value: `${a}.${b}.0.0/16` })] });
    givenTimePasses(4 * 60);
    expect(await visible(again)).toBe(false);
  });

  it('removing an entry applies from then on; alerts it kept away stay away', async () => {
    const again = demoAlert('enumeration-again');
    await change({ add: [draft({ detectionId: '2003', kind: 'Computer', value: 'CLIENT12' })] });
    givenTimePasses(4 * 60);
    const entry = (await lists()).value.items.find((e) => e.value === 'CLIENT12')!;
    expect((await change({ remove: [entry.id] })).status).toBe(200);
    expect(await visible(again)).toBe(false);
  });
});

describe('POST /api/exclusions/impact', () => {
  async function impact(add: ExclusionDraft[]) {
    const response = await callApi(viewer, endpoints.exclusionsImpact, {
      method: 'POST',
      body: { add },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return exclusionImpactSchema.parse(response.body);
  }

  it('counts the last 30 days’ visible alerts an entry would have excluded, per detection and global', async () => {
    const all = await allAlerts();
    const from = store.now() - 30 * 24 * HOUR;
    const onClient12 = all.filter(
      (a) => Date.parse(a.startedAt) > from && a.entities.some((e) => e.name === 'CLIENT12'),
    );
    const perDetection = onClient12.filter((a) => a.detectionId === '2003');
    const result = await impact([
      draft({ detectionId: '2003', kind: 'Computer', value: 'CLIENT12' }),
    ]);
    expect(result.total).toBe(perDetection.length);
    expect(result.total).toBeGreaterThan(0);
    expect(result.alerts.map((a) => a.id)).toEqual(perDetection.map((a) => a.id).slice(0, 50));

    const global = await impact([draft({ kind: 'Computer', value: 'CLIENT12' })]);
    expect(global.total).toBeGreaterThanOrEqual(perDetection.length);
    expect(global.total).toBeLessThanOrEqual(onClient12.length);
    expect(global.perEntry).toEqual([global.total]);
  });

  it('counts a bad entry as 0 and an alert matched twice once', async () => {
    const result = await impact([
      draft({ detectionId: '2003', kind: 'Computer', value: 'CLIENT12' }),
      draft({ kind: 'Computer', value: 'CLIENT12' }),
      draft({ value: 'not an address' }),
    ]);
    expect(result.perEntry[2]).toBe(0);
    expect(result.total).toBe(result.perEntry[1]);
  });
});

describe('POST /api/exclusions/parse', () => {
  async function parse(detectionId: string | null, text: string) {
    const response = await callApi(analyst, endpoints.exclusionsParse, {
      method: 'POST',
      body: { detectionId, text },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return exclusionParseResultSchema.parse(response.body);
  }

  it('names every bad line of 50 pasted subnets, by number', async () => {
    const lines = Array.from({ length: 50 }, (_, k) => `10.${k}.0.0/16`);
    lines[11] = '10.11.0.0/33';
    lines[36] = '10.300.0.0/16';
    const result = await parse(null, lines.join('\n'));
    expect(result.entries).toHaveLength(48);
    expect(result.errors.map((e) => [e.line, e.field])).toEqual([
      [12, 'value'],
      [37, 'value'],
    ]);
    expect(result.errors.every((e) => e.message.includes('isn’t an IP address or subnet'))).toBe(
      true,
    );
  });

  it('reads CSV with a header (Export’s columns), merges repeats, checks expiry and kind', async () => {
    const text = [
      'detectionId,detection,kind,value,expiresAt,note',
      '2023,Brute force,User,Ron Harper,2030-01-01,pen test',
      '2023,Brute force,Computer,CLIENT12,,',
      '2023,Brute force,Computer,client12,,',
      '2023,Brute force,Domain,contoso.com,,',
      '2023,Brute force,IP address,10.0.0.1,2020-01-01,',
      '2031,DNS,Domain,x.com,,',
    ].join('\r\n');
    const result = await parse('2023', text);
    expect(result.entries.map((e) => [e.kind, e.value, e.expiresAt, e.note])).toEqual([
      ['User', 'Ron Harper', '2030-01-01T00:00:00.000Z', 'pen test'],
      ['Computer', 'CLIENT12', null, null],
    ]);
    expect(result.duplicates).toBe(1);
    expect(result.errors.map((e) => [e.line, e.field])).toEqual([
      [5, 'kind'],
      [6, 'expiresAt'],
      [7, 'detectionId'],
    ]);
  });

  it('counts entries already in the list as duplicates', async () => {
    const result = await parse('2031', 'e5.sk\nnew-vendor.com');
    expect(result.entries.map((e) => e.value)).toEqual(['new-vendor.com']);
    expect(result.duplicates).toBe(1);
  });
});
