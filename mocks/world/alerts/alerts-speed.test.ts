import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { describe, expect, it } from 'vitest';
import { alertPageSchema } from '../../../src/api/contracts/alerts';
import { endpoints } from '../../../src/api/endpoints';
import { givenScenario } from '../../configure';
import { seedDirectory, tenantIds } from '../../identity/directory';
import { scenarioEpoch } from '../../store/clock';
import { emptyTenantState } from '../../store/state';
import { tokenFor } from '../../testing/api-client';
import { demoEntity } from '../../testing/demo-entities';
import { alertIndex, alertWorld } from './alert-world';
import { alertView } from './view';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
const round = (n: number) => Math.round(n * 10) / 10;

/** Wall and CPU milliseconds of `work`. */
async function timed<T>(
  work: () => Promise<T> | T,
): Promise<{ wall: number; cpu: number; value: T }> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000, value };
}

/**
 * The large scenario's 20,000 alerts: the index is built once (wall and CPU time measured), then
 * the timeline's first page with its counts, and the alerts of Priya Raman (in ~5 % of them), must
 * take < 50 ms through the whole handler (token check included, the client's JSON parse not). Held on CPU time, the median of
 * six warm runs, so a machine busy with other work doesn't decide; wall times are reported. With
 * MOCK_BENCH=1 the numbers go to bench/mock-alerts.json.
 */
describe('large scenario alert speed', () => {
  it('builds the index once, then answers a first page with counts in < 50 ms', async () => {
    const contoso = seedDirectory().tenants.find((t) => t.id === tenantIds.contoso)!;
    const world = alertWorld('large', contoso, scenarioEpoch);
    const build = await timed(() => alertIndex(world));
    expect(build.value.starts.length).toBe(20_000);

    const view = await alertView(world, emptyTenantState(), scenarioEpoch);
    const directRuns: number[] = [];
    for (let n = 0; n < 5; n++) {
      const run = await timed(() => {
        view.list({ filter: 'Open', before: Infinity, since: -Infinity, limit: 100 });
        return view.counts();
      });
      directRuns.push(run.wall);
    }
    const direct = { wall: median(directRuns) };

    await givenScenario('large');
    const priya = demoEntity('bench');
    // The backend's side of a request: the answer's bytes, not the client's parse of them.
    const token = await tokenFor('viewer@contoso.com');
    const get = async (path: string) => {
      const response = await fetch(`http://localhost:3000${path}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      return { status: response.status, bytes: await response.arrayBuffer() };
    };
    const timeline: { wall: number; cpu: number }[] = [];
    const entity: { wall: number; cpu: number }[] = [];
    let priyaCount = 0;
    for (let n = 0; n < 7; n++) {
      const first = await timed(() => get(`${endpoints.alerts}?filter=Open`));
      timeline.push(first);
      const page = alertPageSchema.parse(JSON.parse(new TextDecoder().decode(first.value.bytes)));
      expect(page.items).toHaveLength(100);
      const mine = await timed(() => get(`${endpoints.alerts}?filter=All&entityId=${priya}`));
      entity.push(mine);
      priyaCount = alertPageSchema.parse(JSON.parse(new TextDecoder().decode(mine.value.bytes)))
        .counts.All;
    }
    const warm = (runs: { wall: number; cpu: number }[], key: 'wall' | 'cpu') =>
      round(median(runs.slice(1).map((r) => r[key])));
    const result = {
      measuredAt: new Date().toISOString(),
      alerts: world.count,
      indexBuild: { wallMs: round(build.wall), cpuMs: round(build.cpu) },
      view: { pageAndCountsMs: round(direct.wall) },
      firstPageRequest: {
        coldWallMs: round(timeline[0]!.wall),
        medianWallMs: warm(timeline, 'wall'),
        medianCpuMs: warm(timeline, 'cpu'),
      },
      entityRequest: {
        alerts: priyaCount,
        coldWallMs: round(entity[0]!.wall),
        medianWallMs: warm(entity, 'wall'),
        medianCpuMs: warm(entity, 'cpu'),
      },
      loadAverage: loadavg()[0],
    };
    console.info('large alerts', JSON.stringify(result));
    if (process.env.MOCK_BENCH) {
      mkdirSync('bench', { recursive: true });
      writeFileSync('bench/mock-alerts.json', `${JSON.stringify(result, null, 2)}\n`);
    }
    expect(priyaCount).toBeGreaterThan(500);
    expect(direct.wall).toBeLessThan(50);
    expect(result.firstPageRequest.medianCpuMs).toBeLessThan(50);
    expect(result.entityRequest.medianCpuMs).toBeLessThan(50);
  }, 60_000);
});
