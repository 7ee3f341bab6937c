import { describe, expect, it } from 'vitest';
import { alertPageSchema } from '../../../src/api/contracts/alerts';
import { endpoints } from '../../../src/api/endpoints';
import { givenScenario } from '../../configure';
import { seedDirectory, tenantIds } from '../../identity/directory';
import { scenarioEpoch } from '../../store/clock';
import { emptyTenantState } from '../../store/state';
import { callApi } from '../../testing/api-client';
import { demoEntity } from '../../testing/demo-entities';
import { alertIndex, alertWorld } from './alert-world';
import { alertView } from './view';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The large scenario's 20,000 alerts: the index is built once (measured: wall and CPU time); then
 * the timeline's first page with its counts, and an entity's (Priya Raman, in 5 % of the alerts),
 * must answer within 50 ms through the whole handler (token check included): the fastest of six
 * warm runs is held to it (a busy machine's slow requests don't decide), the median is reported.
 */
describe('large scenario alert speed', () => {
  it('builds the index once, then answers a first page with counts in < 50 ms', async () => {
    const contoso = seedDirectory().tenants.find((t) => t.id === tenantIds.contoso)!;
    const world = alertWorld('large', contoso, scenarioEpoch);
    const cpu = process.cpuUsage();
    const index = await alertIndex(world);
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    expect(index.starts.length).toBe(20_000);

    const view = await alertView(world, emptyTenantState(), scenarioEpoch);
    const direct: number[] = [];
    for (let n = 0; n < 7; n++) {
      const t = performance.now();
      view.list({ filter: 'Open', before: Infinity, since: -Infinity, limit: 100 });
      view.counts();
      direct.push(performance.now() - t);
    }

    await givenScenario('large');
    const priya = demoEntity('bench');
    const timeline: number[] = [];
    const entity: number[] = [];
    let priyaCount = 0;
    for (let n = 0; n < 7; n++) {
      let t = performance.now();
      const first = await callApi('viewer@contoso.com', `${endpoints.alerts}?filter=Open`);
      timeline.push(performance.now() - t);
      expect(alertPageSchema.parse(first.body).items).toHaveLength(100);
      t = performance.now();
      const mine = await callApi(
        'viewer@contoso.com',
        `${endpoints.alerts}?filter=All&entityId=${priya}`,
      );
      entity.push(performance.now() - t);
      priyaCount = alertPageSchema.parse(mine.body).counts.All;
    }
    console.info(
      `large alerts: index ${round(index.buildMs)} ms wall, ${round(cpuMs)} ms CPU; ` +
        `page + counts ${round(median(direct))} ms (view), ${round(median(timeline))} ms (request); ` +
        `Priya Raman (${priyaCount} alerts) ${round(median(entity))} ms (request); first runs ${round(timeline[0]!)} / ${round(entity[0]!)} ms`,
    );
    expect(priyaCount).toBeGreaterThan(500);
    expect(median(direct)).toBeLessThan(50);
    // The fastest of the warm runs: what the backend can do, whatever else the machine is running.
    expect(Math.min(...timeline.slice(1))).toBeLessThan(50);
    expect(Math.min(...entity.slice(1))).toBeLessThan(50);
  });
});
