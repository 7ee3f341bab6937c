import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { searchResultSchema } from '../../../src/api/contracts/entities';
import { endpoints } from '../../../src/api/endpoints';
import { givenScenario } from '../../configure';
import { seedDirectory, tenantIds } from '../../identity/directory';
import { scenarioEpoch } from '../../store/clock';
import { callApi } from '../../testing/api-client';
import { directoryWorld } from './directory-world';
import { buildSearchIndex } from './search-index';
import { foldQuery } from './search-keys';

/**
 * Micro-benchmark of the large scenario's search (run with MOCK_BENCH=1; skipped otherwise, it is
 * not a timed test): the first, lazily built index (CPU time, wall time, longest slice) and the
 * p95 of 200 type-ahead queries — ten-letter words typed one letter at a time — both for the
 * index alone and for the whole request through the handler. Writes bench/mock-backend.json.
 */
const targets = [
  'maria lope',
  'client1234',
  'domain adm',
  'priya rama',
  'sql014.emea',
  'zoe angstr',
  'helpdesk t',
  'jonas mull',
  'finance re',
  'exch01.con',
  'olivia tan',
  'app00',
  'kenji sato',
  'vpn users ',
  'anja weber',
  'rafael cos',
  'tier0 help',
  'grace park',
  'backup ope',
  'leo nguyen',
];
const queries = targets.flatMap((t) => Array.from({ length: 10 }, (_, n) => t.slice(0, n + 1)));

const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1] ?? 0;
const round = (n: number) => Math.round(n * 100) / 100;

describe.runIf(process.env.MOCK_BENCH)('large scenario search speed', () => {
  it('measures the index build and 200 type-ahead queries', async () => {
    const contoso = seedDirectory().tenants.find((t) => t.id === tenantIds.contoso)!;
    const world = directoryWorld('large', contoso, scenarioEpoch);
    const slices: number[] = [];
    const cpu = process.cpuUsage();
    const wall = performance.now();
    const index = await buildSearchIndex(world.layout, { onSlice: (ms) => slices.push(ms) });
    const buildWall = performance.now() - wall;
    const used = process.cpuUsage(cpu);
    const cpuMs = (since: NodeJS.CpuUsage) => {
      const d = process.cpuUsage(since);
      return (d.user + d.system) / 1000;
    };
    const coreTimes: number[] = [];
    const coreCpu: number[] = [];
    for (const q of queries) {
      const start = performance.now();
      const startCpu = process.cpuUsage();
      index.search(foldQuery(q));
      coreCpu.push(cpuMs(startCpu));
      coreTimes.push(performance.now() - start);
    }

    await givenScenario('large');
    await callApi('analyst@contoso.com', `${endpoints.entitySearch}?q=a`); // the handler's own index
    const requestTimes: number[] = [];
    const requestCpu: number[] = [];
    for (const q of queries) {
      const start = performance.now();
      const startCpu = process.cpuUsage();
      const response = await callApi(
        'analyst@contoso.com',
        `${endpoints.entitySearch}?q=${encodeURIComponent(q)}&limit=8`,
      );
      requestCpu.push(cpuMs(startCpu));
      requestTimes.push(performance.now() - start);
      searchResultSchema.parse(response.body);
    }
    const result = {
      measuredAt: new Date().toISOString(),
      entities: world.total,
      keys: index.keyCount,
      indexBuild: {
        cpuMs: round((used.user + used.system) / 1000),
        wallMs: round(buildWall),
        slices: slices.length,
        longestSliceMs: round(Math.max(...slices)),
      },
      queries: queries.length,
      search: {
        p95CpuMs: round(p95(coreCpu)),
        p95WallMs: round(p95(coreTimes)),
        maxCpuMs: round(Math.max(...coreCpu)),
      },
      request: { p95CpuMs: round(p95(requestCpu)), p95WallMs: round(p95(requestTimes)) },
      loadAverage: (await import('node:os')).loadavg()[0],
    };
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/mock-backend.json', `${JSON.stringify(result, null, 2)}\n`);
    console.log(result);
    expect(result.queries).toBe(200);
  }, 120_000);
});
