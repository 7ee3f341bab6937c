import { describe, expect, it } from 'vitest';
import {
  activityPageSchema,
  activitySummarySchema,
  activitySummaryTileTypes,
  entityProfileSchema,
  searchResultSchema,
  type Activity,
} from '../../src/api/contracts/entities';
import { defenderStatusSchema } from '../../src/api/contracts/defender';
import { problemSchema } from '../../src/api/contracts/problem';
import { endpoints } from '../../src/api/endpoints';
import { givenDefenderForEndpoint, givenDefenderForEndpointError, givenNow } from '../configure';
import { callApi } from '../testing/api-client';
import { demoEntity } from '../testing/demo-entities';

const viewer = 'viewer@contoso.com';
const DAY = 86_400_000;

async function page(id: string, query = '') {
  const response = await callApi(viewer, `${endpoints.entityActivities(id)}?${query}`);
  expect(response.status).toBe(200);
  return activityPageSchema.parse(response.body);
}

async function allPages(id: string, query = '', limit = 500) {
  const lines: Activity[] = [];
  let before: string | null = null;
  let pages = 0;
  do {
    const next = await page(id, `limit=${limit}${query}${before ? `&before=${before}` : ''}`);
    lines.push(...next.items);
    before = next.nextBefore;
    pages++;
  } while (before && pages < 100);
  return { lines, pages };
}

describe('entity activities', () => {
  it('pages newest first with a cursor: no duplicates, no gaps, ends at 180 days', async () => {
    givenNow('2026-11-20T09:00:00Z');
    const id = demoEntity('ron');
    const { lines, pages } = await allPages(id, '', 200);
    expect(pages).toBeGreaterThan(2);
    const times = lines.map((a) => Date.parse(a.at));
    expect(times.every((t, i) => i === 0 || t < times[i - 1]!)).toBe(true);
    expect(new Set(lines.map((a) => a.id)).size).toBe(lines.length);
    const first = await page(id);
    expect(Date.parse(first.historyStart)).toBe(Date.parse('2026-11-20T09:00:00Z') - 180 * DAY);
    expect(times[times.length - 1]).toBeGreaterThanOrEqual(Date.parse(first.historyStart));
    expect(times[0]).toBeLessThanOrEqual(Date.parse(first.asOf));
    // One big page holds the same lines as the small pages.
    const big = await allPages(id, '', 500);
    expect(big.lines.map((a) => a.id)).toEqual(lines.map((a) => a.id));
  });

  it('says the entity was last seen at its newest activity', async () => {
    for (const key of ['ron', 'EXCH01']) {
      const id = demoEntity(key);
      const { items } = await page(id, 'limit=1');
      const entity = entityProfileSchema.parse((await callApi(viewer, endpoints.entity(id))).body);
      expect(Date.parse(entity.lastSeen)).toBe(Date.parse(items[0]!.at));
    }
  });

  it('is the same line however it is reached (computed per day, not from the days before)', async () => {
    const id = demoEntity('EXCH01');
    const first = await page(id, 'limit=50');
    const cursor = first.items[20]!.at;
    const later = await page(id, `limit=5&before=${cursor}`);
    expect(later.items).toEqual(first.items.slice(21, 26));
  });

  it('filters by activity type', async () => {
    const id = demoEntity('ron');
    const types = 'Interactive Logon,VPN Connection';
    const { lines } = await allPages(id, `&types=${encodeURIComponent(types)}`);
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines.map((a) => a.type))).toEqual(new Set(types.split(',')));
    const bad = await callApi(viewer, `${endpoints.entityActivities(id)}?types=Teleportation`);
    expect(bad.status).toBe(400);
    expect(problemSchema.parse(bad.body).errors).toHaveProperty('types');
  });

  it('counts the summary tiles from the same lines the list shows', async () => {
    const id = demoEntity('ron');
    const summary = activitySummarySchema.parse(
      (await callApi(viewer, endpoints.entityActivitySummary(id))).body,
    );
    const vpn = await allPages(id, `&types=${encodeURIComponent('VPN Connection')}`);
    const locations = new Set(
      vpn.lines.map((a) => a.sentence.map((p) => ('text' in p ? p.text : '')).join('')),
    );
    expect(summary.vpnLocations).toBe(locations.size);
    const logons = await allPages(
      id,
      `&types=${encodeURIComponent(activitySummaryTileTypes.loggedOn.join(','))}`,
    );
    expect(summary.loggedOn).toBeGreaterThan(0);
    expect(summary.loggedOn).toBeLessThanOrEqual(logons.lines.length);
    expect(summary).toMatchObject({ openAlerts: 0, usedIpAddresses: null });
    const computer = activitySummarySchema.parse(
      (await callApi(viewer, endpoints.entityActivitySummary(demoEntity('EXCH01')))).body,
    );
    expect(computer.usedIpAddresses).toBeGreaterThan(0);
  });

  it('exports a date range as CSV with a header row and neutralised formulas', async () => {
    const id = demoEntity('ron');
    const from = '2026-11-01T00:00:00Z';
    const to = '2026-11-10T23:59:59Z';
    const response = await fetch(
      `http://localhost:3000${endpoints.entityActivitiesExport(id)}?from=${from}&to=${to}`,
      {
        headers: {
          Authorization: `Bearer ${await (await import('../testing/api-client')).tokenFor(viewer)}`,
        },
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('text/csv');
    expect(response.headers.get('Content-Disposition')).toMatch(
      /attachment; filename="activities-/,
    );
    const rows = (await response.text()).trimEnd().split('\r\n');
    expect(rows[0]).toBe(
      '"Time (UTC)","Activity type","Activity group","Description","Occurrences","Protocol","Source IP","Result"',
    );
    const inRange = (await allPages(id)).lines.filter(
      (a) => a.at >= from && a.at <= to.replace('Z', '.999Z'),
    );
    expect(rows).toHaveLength(inRange.length + 1);
    expect(rows[1]).toContain(inRange[0]!.at);
  });

  it('refuses a reversed or malformed range with a 400 naming the field', async () => {
    const id = demoEntity('ron');
    const reversed = await callApi(
      viewer,
      `${endpoints.entityActivitiesExport(id)}?from=2026-11-10T00:00:00Z&to=2026-11-01T00:00:00Z`,
    );
    expect(reversed.status).toBe(400);
    expect(problemSchema.parse(reversed.body).errors).toEqual({
      to: ['The end date must be on or after the start date'],
    });
    const missing = await callApi(viewer, `${endpoints.entityActivitiesExport(id)}?from=yesterday`);
    expect(missing.status).toBe(400);
    expect(Object.keys(problemSchema.parse(missing.body).errors ?? {})).toEqual(
      expect.arrayContaining(['from', 'to']),
    );
  });
});

describe('Defender for Endpoint badge', () => {
  async function badgeOf(key: string) {
    return entityProfileSchema.parse(
      (await callApi(viewer, endpoints.entity(demoEntity(key)))).body,
    ).defender;
  }

  it('is absent while the integration is off, and for groups', async () => {
    expect(await badgeOf('EXCH01')).toBeNull();
    expect(await badgeOf('ron')).toBeNull();
    givenDefenderForEndpoint(true);
    expect(await badgeOf('Domain Admins@0')).toBeNull();
  });

  it('shows known devices with their open alerts and unknown ones greyed, at the next request', async () => {
    givenDefenderForEndpoint(true);
    expect(await badgeOf('EXCH01')).toEqual({
      state: 'Known',
      mdeDeviceId: expect.stringMatching(/^[0-9a-f]{40}$/),
      url: expect.stringMatching(
        /^https:\/\/security\.microsoft\.com\/machines\/[0-9a-f]{40}\/overview$/,
      ),
      openAlerts: { High: 1, Medium: 2, Low: 0, Informational: 1 },
    });
    expect(await badgeOf('CA01')).toMatchObject({
      state: 'Known',
      openAlerts: { High: 0, Medium: 0, Low: 0, Informational: 0 },
    });
    expect(await badgeOf('KIOSK07')).toEqual({ state: 'Unknown' });
    const hits = searchResultSchema.parse(
      (await callApi(viewer, `${endpoints.entitySearch}?q=exch01`)).body,
    );
    expect(hits.items[0]?.defender).toMatchObject({ state: 'Known' });
    givenDefenderForEndpoint(false);
    expect(await badgeOf('EXCH01')).toBeNull();
    const off = searchResultSchema.parse(
      (await callApi(viewer, `${endpoints.entitySearch}?q=exch01`)).body,
    );
    expect(off.items[0]?.defender).toBeNull();
  });

  it('is absent while the connection is broken', async () => {
    givenDefenderForEndpointError();
    expect(await badgeOf('EXCH01')).toBeNull();
  });

  it('agrees with the integration status counts', async () => {
    givenDefenderForEndpoint(true);
    const status = defenderStatusSchema.parse(
      (await callApi(viewer, endpoints.defenderStatus)).body,
    );
    if (status.state !== 'Connected') throw new Error('not connected');
    expect(status.onboardedDevices + status.unknownDevices).toBe(350);
  });
});

describe('busy entities', () => {
  it('give a domain controller over 10,000 lines in 180 days (the scrolling benchmark’s)', async () => {
    const { lines } = await allPages(demoEntity('DC01'), '', 500);
    expect(lines.length).toBeGreaterThan(10_000);
    expect(new Set(lines.map((a) => a.id)).size).toBe(lines.length);
  }, 60_000);
});
