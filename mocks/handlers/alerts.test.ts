import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  activityPageWithAlertsSchema,
  alertDetailSchema,
  alertPageSchema,
  alertsDeletedSchema,
  exclusionListSchema,
  type AlertPage,
  type AlertSummary,
} from '../../src/api/contracts/alerts';
import { activitySummarySchema, entityProfileSchema } from '../../src/api/contracts/entities';
import { problemSchema } from '../../src/api/contracts/problem';
import { endpoints } from '../../src/api/endpoints';
import { givenScenario, givenTimePasses } from '../configure';
import { tenantIds } from '../identity/directory';
import { instanceFor } from '../scenarios/scenarios';
import { onServiceEvent, type ServiceEvent } from '../store/service-events';
import { store } from '../store/store';
import { callApi, tokenFor } from '../testing/api-client';
import { demoAlert } from '../testing/demo-alerts';
import { demoEntity } from '../testing/demo-entities';
import { readWorkbook } from '../testing/read-workbook';
import { workbookColumns } from '../world/alerts/workbook';

const admin = 'admin@contoso.com';
const analyst = 'analyst@contoso.com';
const viewer = 'viewer@contoso.com';

async function page(query = '', upn = viewer): Promise<AlertPage> {
  const response = await callApi(upn, `${endpoints.alerts}?${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return alertPageSchema.parse(response.body);
}

async function allPages(query: string, limit: number): Promise<AlertSummary[]> {
  const items: AlertSummary[] = [];
  let before: string | null = null;
  for (let n = 0; n < 100; n++) {
    const next = await page(`${query}&limit=${limit}${before ? `&before=${before}` : ''}`);
    items.push(...next.items);
    before = next.nextBefore;
    if (!before) break;
  }
  return items;
}

function setStatus(id: string, action: string, upn = analyst) {
  return callApi(upn, endpoints.alertStatus(id), { method: 'POST', body: { action } });
}

describe('GET /api/alerts', () => {
  it('pages newest first with a stable cursor: small pages hold what one big page holds', async () => {
    const small = await allPages('filter=All', 7);
    const big = await page('filter=All&limit=500');
    expect(small.map((a) => a.id)).toEqual(big.items.map((a) => a.id));
    expect(new Set(small.map((a) => a.id)).size).toBe(small.length);
    const starts = small.map((a) => Date.parse(a.startedAt));
    expect(starts.every((t, i) => i === 0 || t <= starts[i - 1]!)).toBe(true);
    expect(big.counts.All).toBe(small.length);
    expect(big.nextBefore).toBeNull();
  });

  it('counts every filter from the server, and each filter lists what it counts', async () => {
    const { counts } = await page('filter=Open');
    expect(counts.Open).toBe(counts.High + counts.Medium + counts.Low);
    expect(counts.All).toBe(counts.Open + counts.Closed + counts.Suppressed);
    expect(counts.Closed).toBeGreaterThan(0);
    expect(counts.Suppressed).toBeGreaterThan(0);
    expect(counts.High).toBeGreaterThan(0);
    expect(counts.Low).toBeGreaterThan(0); // NTLM relay on EXCH01, Low when signed NTLM v2 was seen
    for (const filter of [
      'All',
      'Open',
      'High',
      'Medium',
      'Low',
      'Closed',
      'Suppressed',
    ] as const) {
      const items = (await page(`filter=${filter}&limit=500`)).items;
      expect(items.length, filter).toBe(counts[filter]);
      if (filter === 'Closed' || filter === 'Suppressed')
        expect(items.every((a) => a.status === filter)).toBe(true);
      if (filter === 'High') expect(items.every((a) => a.severity === 'High')).toBe(true);
    }
    // Default filter: Open.
    expect((await page()).items.every((a) => a.status === 'Open')).toBe(true);
  });

  it('lists and counts one entity’s alerts with entityId', async () => {
    await givenScenario('active-attack');
    const lidia = demoEntity('lidia');
    const mine = await page(`filter=All&entityId=${lidia}`);
    expect(mine.items.length).toBeGreaterThanOrEqual(2);
    expect(mine.items.every((a) => a.entities.some((e) => e.id === lidia))).toBe(true);
    expect(mine.counts.All).toBe(mine.items.length);
    const profile = entityProfileSchema.parse(
      (await callApi(viewer, endpoints.entity(lidia))).body,
    );
    expect(profile.openAlerts).toBe(mine.counts.Open);
    const tiles = activitySummarySchema.parse(
      (await callApi(viewer, endpoints.entityActivitySummary(lidia))).body,
    );
    expect(tiles.openAlerts).toBe(mine.counts.Open);
    expect((await callApi(viewer, `${endpoints.alerts}?entityId=u99999-none`)).status).toBe(404);
  });

  it('answers only newer alerts with since, so the timeline can poll; time brings new ones', async () => {
    await givenScenario('active-attack');
    const first = await page('filter=All');
    expect(first.items.map((a) => a.detectionId)).not.toContain('2027');
    expect((await page(`filter=All&since=${first.asOf}`)).items).toEqual([]);
    givenTimePasses(60);
    const polled = await page(`filter=All&since=${first.asOf}`);
    expect(polled.items.map((a) => a.id)).toEqual([demoAlert('forged-ticket')]);
    expect(polled.items[0]?.title).toBe('Suspected Golden Ticket usage (nonexistent account)');
    expect(polled.counts.All).toBe(first.counts.All + 1);
    expect(polled.counts.High).toBe(first.counts.High + 1);
  });

  it('refuses an unknown filter or cursor with field errors', async () => {
    const bad = await callApi(viewer, `${endpoints.alerts}?filter=Dismissed`);
    expect(bad.status).toBe(400);
    expect(problemSchema.parse(bad.body).errors?.filter).toBeDefined();
    const cursor = await callApi(viewer, `${endpoints.alerts}?before=nonsense`);
    expect(cursor.status).toBe(400);
    expect(problemSchema.parse(cursor.body).errors?.before).toBeDefined();
  });
});

describe('GET /api/alerts/:id', () => {
  it('answers the alert page with its chain, evidence, details and history', async () => {
    await givenScenario('active-attack');
    const response = await callApi(viewer, endpoints.alert(demoAlert('dcsync')));
    expect(response.status).toBe(200);
    const alert = alertDetailSchema.parse(response.body);
    expect(alert.title).toBe('Suspected DCSync attack (replication of directory services)');
    expect(alert.chain.map((s) => s.role)).toEqual([
      'Account',
      'Source computer',
      'Domain controllers',
    ]);
    expect(alert.chain[0]?.entities[0]?.name).toBe('Sisanda Fela');
    expect(alert.chain[2]?.total).toBe(3);
    const evidence = alert.evidence.map((e) =>
      e.sentence.map((p) => ('text' in p ? p.text : p.entity.name)).join(''),
    );
    expect(evidence).toContain('CLIENT12 is not a recognized domain controller');
    expect(alert.history).toEqual([expect.objectContaining({ action: 'Raised', to: 'Open' })]);
    expect(alert.learnMoreUrl).toMatch(/external-id-2006$/);
  });

  it('is 404 for unknown ids, another scenario’s ids and alerts that have not started', async () => {
    const contosoId = demoAlert('newest');
    expect((await callApi(viewer, endpoints.alert('a1-zzzzz'))).status).toBe(404);
    await givenScenario('active-attack');
    expect((await callApi(viewer, endpoints.alert(contosoId))).status).toBe(404);
    const future = await callApi(viewer, endpoints.alert(demoAlert('golden-ticket')));
    expect(future.status).toBe(404);
    expect(problemSchema.parse(future.body).code).toBe('alert-not-found');
  });
});

describe('POST /api/alerts/:id/status', () => {
  let events: ServiceEvent[] = [];
  let stop = () => {};
  beforeEach(() => {
    events = [];
    const listening = onServiceEvent((e) => events.push(e));
    stop = () => void listening();
  });
  afterEach(() => stop());

  it('lets Users close, suppress and reopen, keeps each change in the history, and announces it', async () => {
    const id = demoAlert('open');
    const before = (await page()).counts;
    const closed = await setStatus(id, 'Close');
    expect(closed.status).toBe(200);
    const alert = alertDetailSchema.parse(closed.body);
    expect(alert.status).toBe('Closed');
    expect(alert.history[0]).toMatchObject({
      by: 'Megan Bowen',
      action: 'Closed',
      from: 'Open',
      to: 'Closed',
    });
    const after = (await page()).counts;
    expect(after.Open).toBe(before.Open - 1);
    expect(after.Closed).toBe(before.Closed + 1);
    expect(after.All).toBe(before.All);
    expect(events).toEqual([
      expect.objectContaining({ type: 'alert-updated', alertId: id, from: 'Open', to: 'Closed' }),
    ]);

    expect((await setStatus(id, 'Suppress')).status).toBe(400);
    const reopened = alertDetailSchema.parse((await setStatus(id, 'Reopen', admin)).body);
    expect(reopened.status).toBe('Open');
    expect(reopened.history.slice(0, 2).map((h) => [h.action, h.by])).toEqual([
      ['Reopened', 'Adele Vance'],
      ['Closed', 'Megan Bowen'],
    ]);
    expect((await page()).counts).toEqual(before);
    const suppressed = alertDetailSchema.parse((await setStatus(id, 'Suppress')).body);
    expect(suppressed.status).toBe('Suppressed');
    expect((await page('filter=Suppressed&limit=500')).items.map((a) => a.id)).toContain(id);
  });

  it('refuses impossible transitions with 400', async () => {
    const open = demoAlert('open');
    const reopen = await setStatus(open, 'Reopen');
    expect(reopen.status).toBe(400);
    expect(problemSchema.parse(reopen.body)).toMatchObject({ code: 'invalid-transition' });
    expect(problemSchema.parse(reopen.body).errors?.action).toBeDefined();
    expect((await setStatus(demoAlert('closed'), 'Close')).status).toBe(400);
    const bogus = await setStatus(open, 'Dismiss');
    expect(bogus.status).toBe(400);
    expect(problemSchema.parse(bogus.body).errors?.action).toBeDefined();
    // Honeytoken activity can't be excluded (catalog §3.3).
    const alerts = await page('filter=All&limit=500');
    const honeytoken = alerts.items.find((a) => a.exclusionTarget === null && a.status === 'Open');
    if (honeytoken) {
      const refused = await setStatus(honeytoken.id, 'CloseAndExclude');
      expect(refused.status).toBe(400);
      expect(problemSchema.parse(refused.body).code).toBe('not-excludable');
    }
  });

  it('is 403 for Viewers, and changes nothing', async () => {
    const id = demoAlert('open');
    const response = await setStatus(id, 'Close', viewer);
    expect(response.status).toBe(403);
    expect(problemSchema.parse(response.body).missingPermission).toBe('alerts.changeStatus');
    const alert = alertDetailSchema.parse((await callApi(viewer, endpoints.alert(id))).body);
    expect(alert.status).toBe('Open');
    expect(events).toEqual([]);
  });

  it('stores an exclusion with Close and exclude: the entity stops raising that detection', async () => {
    await givenScenario('active-attack');
    const id = demoAlert('enumeration');
    const response = await setStatus(id, 'CloseAndExclude');
    expect(response.status).toBe(200);
    const alert = alertDetailSchema.parse(response.body);
    expect(alert.status).toBe('Closed');
    expect(alert.history[0]).toMatchObject({ action: 'Closed and excluded', note: 'CLIENT12' });
    const exclusions = exclusionListSchema.parse(
      (await callApi(viewer, endpoints.exclusions)).body,
    );
    expect(exclusions.items).toEqual([
      expect.objectContaining({
        detectionId: '2003',
        kind: 'Computer',
        value: 'CLIENT12',
        addedBy: 'Megan Bowen',
        fromAlertId: id,
      }),
    ]);
    expect(exclusions.items[0]?.entity?.name).toBe('CLIENT12');
    // CLIENT12 enumerates again 100 minutes in: not raised. The golden ticket (2032) still is.
    const enumerations = (await page('filter=All&limit=500')).items.filter(
      (a) => a.detectionId === '2003',
    );
    givenTimePasses(4 * 60);
    const later = await page('filter=All&limit=500');
    expect(later.items.filter((a) => a.detectionId === '2003')).toHaveLength(enumerations.length);
    expect(later.items.map((a) => a.id)).toContain(demoAlert('golden-ticket'));
    expect(later.items.map((a) => a.id)).not.toContain(demoAlert('enumeration-again'));
    expect(later.counts.All).toBe(later.items.length);
  });
});

describe('DELETE /api/alerts/:id and ?detectionId=', () => {
  it('lets only Administrators delete an alert; it is gone from lists, counts and its page', async () => {
    const id = demoAlert('open');
    const before = (await page('filter=All')).counts;
    const byUser = await callApi(analyst, endpoints.alert(id), { method: 'DELETE' });
    expect(byUser.status).toBe(403);
    expect(problemSchema.parse(byUser.body).missingPermission).toBe('alerts.delete');
    expect((await callApi(viewer, endpoints.alert(id), { method: 'DELETE' })).status).toBe(403);
    expect((await callApi(admin, endpoints.alert(id), { method: 'DELETE' })).status).toBe(204);
    expect((await callApi(viewer, endpoints.alert(id))).status).toBe(404);
    expect((await callApi(admin, endpoints.alert(id), { method: 'DELETE' })).status).toBe(404);
    const after = await page('filter=All&limit=500');
    expect(after.items.map((a) => a.id)).not.toContain(id);
    expect(after.counts.All).toBe(before.All - 1);
    expect(after.counts.Open).toBe(before.Open - 1);
  });

  it('deletes every alert of a detection raised so far, with one watermark', async () => {
    await givenScenario('active-attack');
    const all = (await page('filter=All&limit=500')).items;
    const enumerations = all.filter((a) => a.detectionId === '2003');
    expect(enumerations.length).toBeGreaterThanOrEqual(1);
    const url = `${endpoints.alerts}?detectionId=2003`;
    expect((await callApi(analyst, url, { method: 'DELETE' })).status).toBe(403);
    const bad = await callApi(admin, `${endpoints.alerts}?detectionId=abc`, { method: 'DELETE' });
    expect(bad.status).toBe(400);
    expect(problemSchema.parse(bad.body).errors?.detectionId).toBeDefined();
    const response = await callApi(admin, url, { method: 'DELETE' });
    expect(response.status).toBe(200);
    expect(alertsDeletedSchema.parse(response.body).deleted).toBe(enumerations.length);
    const tenant = store.state.tenants[tenantIds.contoso]!;
    expect(Object.keys(tenant.alertTypeDeletes ?? {})).toEqual(['2003']);
    expect(Object.keys(tenant.alertChanges ?? {})).toEqual([]);
    const after = await page('filter=All&limit=500');
    expect(after.items.some((a) => a.detectionId === '2003')).toBe(false);
    expect(after.counts.All).toBe(all.length - enumerations.length);
    // Later alerts of the type are raised again.
    givenTimePasses(2 * 60);
    const later = await page('filter=All&limit=500');
    expect(later.items.map((a) => a.id)).toContain(demoAlert('enumeration-again'));
  });
});

describe('tenant isolation', () => {
  it('gives another tenant its own alerts, never Contoso’s', async () => {
    const contosoId = demoAlert('newest');
    expect((await callApi('admin@fabrikam.com', endpoints.alerts)).status).toBe(404);
    store.state.tenants[tenantIds.fabrikam]!.instance = instanceFor('fabrikam', store.now());
    const theirs = await callApi('admin@fabrikam.com', `${endpoints.alerts}?filter=All`);
    expect(theirs.status).toBe(200);
    expect(alertPageSchema.parse(theirs.body).counts.All).toBe(0);
    for (const [method, path] of [
      ['GET', endpoints.alert(contosoId)],
      ['POST', endpoints.alertStatus(contosoId)],
      ['DELETE', endpoints.alert(contosoId)],
      ['GET', endpoints.alertWorkbook(contosoId)],
    ] as const) {
      const response = await callApi('admin@fabrikam.com', path, {
        method,
        ...(method === 'POST' && { body: { action: 'Close' } }),
      });
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    expect(
      exclusionListSchema.parse((await callApi('admin@fabrikam.com', endpoints.exclusions)).body)
        .items,
    ).toEqual([]);
  });
});

describe('GET /api/alerts/:id/workbook', () => {
  async function download(id: string, upn = viewer) {
    const response = await fetch(`http://localhost:3000${endpoints.alertWorkbook(id)}`, {
      headers: { Authorization: `Bearer ${await tokenFor(upn)}` },
    });
    return response;
  }

  it('is the catalog’s workbook: Summary, entity roles, network and event activities, related entities', async () => {
    await givenScenario('active-attack');
    const id = demoAlert('dcsync');
    const response = await download(id);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Disposition')).toMatch(/attachment; filename=".+\.xlsx"/);
    const tabs = await readWorkbook(new Blob([await response.arrayBuffer()]));
    expect(Object.keys(tabs)).toEqual([
      'Summary',
      'Source Computer',
      'Source Account',
      'Domain Controllers',
      'Network Activities',
      'Event Activities',
      'Related Entities',
    ]);
    const headerOf = (rows: unknown[][]) =>
      rows.find(
        (r) => r[0] === 'Title' || r[0] === 'Name' || r[0] === 'Time (UTC)' || r[0] === 'Id',
      );
    expect(headerOf(tabs.Summary!)).toEqual([...workbookColumns.summary]);
    const summary = tabs.Summary!.at(-1)!;
    expect(summary[0]).toBe('Suspected DCSync attack (replication of directory services)');
    expect(summary[4]).toBe('High');
    expect(summary[5]).toBe('Open');
    expect(String(summary[7])).toContain(`/alerts/${id}`);
    expect(headerOf(tabs['Source Computer']!)).toEqual([...workbookColumns.entity]);
    expect(tabs['Source Computer']!.at(-1)![0]).toBe('CLIENT12');
    expect(tabs['Domain Controllers']!.length - 1).toBe(3);
    expect(headerOf(tabs['Network Activities']!)).toEqual([...workbookColumns.network]);
    expect(tabs['Network Activities']![1]![4]).toBe('High');
    expect(headerOf(tabs['Event Activities']!)).toEqual([...workbookColumns.event]);
    expect(headerOf(tabs['Related Entities']!)).toEqual([...workbookColumns.related]);
    const related = tabs['Related Entities']!.slice(1);
    expect(related.map((r) => r[2])).toContain('Sisanda Fela');
    const json = JSON.parse(String(related.find((r) => r[2] === 'CLIENT12')![3])) as Record<
      string,
      unknown
    >;
    expect(json).toMatchObject({ $type: 'Computer', IsDomainController: false });
  });

  it('lets every role download, and is 404 for a deleted alert', async () => {
    const id = demoAlert('open');
    expect((await download(id, viewer)).status).toBe(200);
    expect((await callApi(admin, endpoints.alert(id), { method: 'DELETE' })).status).toBe(204);
    expect((await download(id, admin)).status).toBe(404);
  });
});

describe('alerts in activities', () => {
  it('puts each of the entity’s alerts on the activity page whose window holds its start', async () => {
    await givenScenario('active-attack');
    const lidia = demoEntity('lidia');
    const expected = (await page(`filter=All&limit=500&entityId=${lidia}`)).items.map((a) => a.id);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const seen: string[] = [];
    let before: string | null = null;
    for (let n = 0; n < 50; n++) {
      const response = await callApi(
        viewer,
        `${endpoints.entityActivities(lidia)}?limit=500${before ? `&before=${before}` : ''}`,
      );
      const activities = activityPageWithAlertsSchema.parse(response.body);
      const oldest = activities.nextBefore ? Date.parse(activities.nextBefore) : -Infinity;
      for (const alert of activities.alerts) {
        expect(Date.parse(alert.startedAt)).toBeGreaterThanOrEqual(oldest);
        if (before) expect(Date.parse(alert.startedAt)).toBeLessThan(Date.parse(before));
      }
      seen.push(...activities.alerts.map((a) => a.id));
      before = activities.nextBefore;
      if (!before) break;
    }
    expect(seen).toEqual(expected);
  });
});
