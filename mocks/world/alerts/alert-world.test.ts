import { describe, expect, it } from 'vitest';
import { detections } from '../../../src/api/contracts/detections';
import { tenantIds, type DirectoryTenant } from '../../identity/directory';
import { scenarioEpoch } from '../../store/clock';
import { emptyTenantState, type TenantState } from '../../store/state';
import { hash } from '../hash';
import { alertIndex, alertWorld, BUCKETS, LARGE_ALERTS } from './alert-world';
import { evenAlert, scatteredAlerts } from './generate';
import { describe as describeAlert } from './render';
import { activeAttackAlerts } from './story';
import { alertView, filterBuckets } from './view';
import { demoAlertIn } from '../../testing/demo-alerts';

const DAY = 86_400_000;
const contoso: DirectoryTenant = {
  id: tenantIds.contoso,
  name: 'Contoso',
  initialDomain: 'contoso.com',
  country: 'US',
};
const fabrikam: DirectoryTenant = {
  id: tenantIds.fabrikam,
  name: 'Fabrikam',
  initialDomain: 'fabrikam.com',
  country: 'GB',
};

describe('the detection catalog', () => {
  it('has unique IDs, a CEF class and app for each, and fills every placeholder it uses', () => {
    expect(new Set(detections.map((d) => d.id)).size).toBe(detections.length);
    expect(detections.length).toBeGreaterThanOrEqual(45);
    for (const d of detections) {
      expect(d.cefClass).toMatch(/SecurityAlert$/);
      expect(d.app).not.toBe('');
      expect(d.learnMoreUrl).toMatch(new RegExp(`external-id-${d.id}$`));
    }
    const world = alertWorld('contoso', contoso, scenarioEpoch);
    for (let i = 0; i < world.count; i++) {
      const text = describeAlert(world.spec(i), world.directory, scenarioEpoch)
        .map((p) => ('text' in p ? p.text : p.entity.name))
        .join('');
      expect(text).not.toMatch(/[{}]/);
    }
  });
});

describe('generated alerts', () => {
  it('are the same for the same seed, and differ between scenarios', () => {
    const a = alertWorld('contoso', contoso, scenarioEpoch);
    const b = alertWorld('contoso', contoso, scenarioEpoch + 0); // memoised
    expect(a).toBe(b);
    // Generation is pure: the same picker gives the same alerts, entity for entity.
    const picker = { layout: a.directory.layout, seed: 'test-seed', busyUser: null };
    expect(scatteredAlerts(picker, 30, 30, scenarioEpoch)).toEqual(
      scatteredAlerts(picker, 30, 30, scenarioEpoch),
    );
    expect(activeAttackAlerts(picker, scenarioEpoch)).toEqual(
      activeAttackAlerts(picker, scenarioEpoch),
    );
    expect(evenAlert(picker, 7, 100, 10, scenarioEpoch)).toEqual(
      evenAlert(picker, 7, 100, 10, scenarioEpoch),
    );
    expect(scatteredAlerts({ ...picker, seed: 'other' }, 30, 30, scenarioEpoch)).not.toEqual(
      scatteredAlerts(picker, 30, 30, scenarioEpoch),
    );
    const attack = alertWorld('active-attack', contoso, scenarioEpoch);
    expect(attack.tag).not.toBe(a.tag);
    expect(attack.indexOfId(a.idOf(0))).toBeUndefined();
  });

  it('give contoso a few dozen alerts over 30 days, oldest first, with mixed statuses', () => {
    const world = alertWorld('contoso', contoso, scenarioEpoch);
    expect(world.count).toBeGreaterThanOrEqual(24);
    expect(world.count).toBeLessThanOrEqual(60);
    const specs = Array.from({ length: world.count }, (_, i) => world.spec(i));
    expect(specs.every((s, i) => i === 0 || s.start >= specs[i - 1]!.start)).toBe(true);
    expect(specs.every((s) => s.start > scenarioEpoch - 30 * DAY && s.start <= scenarioEpoch)).toBe(
      true,
    );
    const statuses = new Set(specs.map((s) => s.status));
    expect([...statuses].sort()).toEqual(['Closed', 'Open', 'Suppressed']);
    for (const s of specs.filter((s) => s.status !== 'Open')) {
      expect(s.changedBy).toBeTruthy();
      expect(s.changedAt).toBeGreaterThan(s.start);
    }
  });

  it('tell the active-attack story in order, on its users and computers', () => {
    const world = alertWorld('active-attack', contoso, scenarioEpoch);
    const order = [
      'enumeration',
      'dns-recon',
      'samr-recon',
      'smb-recon',
      'pass-the-hash',
      'pass-the-ticket',
      'dcsync',
      'forged-ticket',
      'enumeration-again',
      'golden-ticket',
    ];
    const story = order.map((key) => world.spec(world.keys.get(key)!));
    expect(story.map((s) => s.detection.id)).toEqual([
      '2003',
      '2007',
      '2021',
      '2012',
      '2017',
      '2018',
      '2006',
      '2027',
      '2003',
      '2032',
    ]);
    const starts = story.map((s) => s.start);
    expect([...starts].sort((x, y) => x - y)).toEqual(starts);
    expect(starts[0]).toBeGreaterThanOrEqual(scenarioEpoch - 2 * DAY);
    const name = (code: number | null) => (code === null ? null : world.directory.name(code));
    expect(new Set(story.map((s) => name(s.source)))).toEqual(new Set(['CLIENT12']));
    expect(name(story[2]!.user)).toBe('Lidia Holloway');
    expect(name(story[4]!.user)).toBe('Ron Harper');
    expect(name(story[6]!.user)).toBe('Sisanda Fela');
    // The forged ticket arrives 20 minutes after the scenario starts; two more later.
    const future = story.filter((s) => s.start > scenarioEpoch);
    expect(future.map((s) => s.detection.id)).toEqual(['2027', '2003', '2032']);
    expect(future[0]!.start - scenarioEpoch).toBe(20 * 60_000);
  });

  it('give large exactly 20,000 alerts over 180 days, computed one at a time', () => {
    const world = alertWorld('large', contoso, scenarioEpoch);
    expect(world.count).toBe(LARGE_ALERTS);
    const first = world.spec(0);
    const last = world.spec(LARGE_ALERTS - 1);
    expect(first.start).toBeGreaterThanOrEqual(scenarioEpoch - 180 * DAY);
    expect(first.start).toBeLessThan(scenarioEpoch - 179 * DAY);
    expect(last.start).toBeLessThanOrEqual(scenarioEpoch);
    for (let k = 0; k < 500; k++) {
      const i = hash('sample', k) % (LARGE_ALERTS - 1);
      expect(world.spec(i).start).toBeLessThanOrEqual(world.spec(i + 1).start);
    }
  });

  it('give other tenants their own (empty) set, never Contoso’s', () => {
    const world = alertWorld('contoso', fabrikam, scenarioEpoch);
    expect(world.count).toBe(0);
    const contosoWorld = alertWorld('contoso', contoso, scenarioEpoch);
    expect(world.indexOfId(contosoWorld.idOf(0))).toBeUndefined();
  });
});

describe('the alert view', () => {
  /** Counts by looking at every alert: what the incremental counts must equal. */
  function bruteCounts(view: Awaited<ReturnType<typeof alertView>>, entity?: number) {
    const b = new Array<number>(BUCKETS).fill(0);
    for (let i = 0; i < view.world.count; i++) {
      const s = view.state(i);
      if (s.hidden) continue;
      if (entity !== undefined && !view.index.entityAlerts(entity).includes(i)) continue;
      b[s.bucket]! += 1;
    }
    return b;
  }

  it('keeps counts equal to a full recount after status changes, deletes and exclusions', async () => {
    const world = alertWorld('active-attack', contoso, scenarioEpoch);
    await alertIndex(world);
    const state: TenantState = emptyTenantState();
    const at = scenarioEpoch;
    state.alertChanges = {
      [world.idOf(0)]: { status: 'Closed', statusChangedAt: at, history: [] },
      [world.idOf(3)]: { history: [], deleted: { at, by: 'x' } },
      [world.idOf(5)]: { status: 'Open', statusChangedAt: at, history: [] },
    };
    state.alertTypeDeletes = { '2007': { through: at, at, by: 'x' } };
    const enumeration = world.spec(world.keys.get('enumeration')!);
    state.exclusions = [
      {
        id: 'e1',
        detectionId: '2003',
        kind: 'Computer',
        value: 'CLIENT12',
        entityId: world.directory.idOf(enumeration.source!),
        addedAt: at,
        addedBy: 'x',
        fromAlertId: null,
      },
    ];
    for (const now of [at, at + 2 * 3_600_000, at + 5 * 3_600_000]) {
      const view = await alertView(world, state, now);
      const b = bruteCounts(view);
      const c = view.counts();
      expect([c.High, c.Medium, c.Low, c.Closed, c.Suppressed]).toEqual(b);
      for (const entity of [enumeration.source!, enumeration.accounts[0]!]) {
        const e = view.counts(entity);
        expect([e.High, e.Medium, e.Low, e.Closed, e.Suppressed]).toEqual(
          bruteCounts(view, entity),
        );
      }
      // Every filter lists exactly what it counts.
      for (const filter of Object.keys(filterBuckets) as (keyof typeof filterBuckets)[]) {
        const page = view.list({ filter, before: Infinity, since: -Infinity, limit: 500 });
        expect(page.items.length).toBe(c[filter]);
      }
    }
    // The second enumeration (CLIENT12, 100 minutes in) is never raised: CLIENT12 is excluded.
    const later = await alertView(world, state, at + 5 * 3_600_000);
    expect(later.state(world.keys.get('enumeration-again')!).hidden).toBe(true);
    expect(later.state(world.keys.get('golden-ticket')!).hidden).toBe(false);
  });
});

describe('demo alerts', () => {
  it('keep the ids README § Security alerts lists (outside suites rely on them)', () => {
    const ids = [
      'enumeration',
      'dns-recon',
      'samr-recon',
      'smb-recon',
      'pass-the-hash',
      'pass-the-ticket',
      'dcsync',
      'forged-ticket',
      'enumeration-again',
      'golden-ticket',
    ].map((key) => demoAlertIn('active-attack', key));
    expect(ids).toEqual(Array.from({ length: 10 }, (_, k) => `a${14 + k}-1wtda`));
    expect(() => demoAlertIn('fresh', 'newest')).toThrow();
  });
});
