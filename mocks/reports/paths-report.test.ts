import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../src/api/contracts/reports';
import { tenantIds } from '../identity/directory';
import { scenarioEpoch } from '../store/clock';
import { store } from '../store/store';
import { givenScenario } from '../configure';
import { directoryWorld } from '../world/directory/directory-world';
import { firstPathDay, pathRows, pathSheets } from './paths-report';

function worldOf(scenario: 'contoso') {
  const tenant = store.state.directory.tenants.find((t) => t.id === tenantIds.contoso)!;
  return directoryWorld(scenario, tenant, scenarioEpoch);
}

describe('the paths report', () => {
  it('lists every path of the days in the window, spelled step by step', async () => {
    await givenScenario('contoso');
    const world = worldOf('contoso');
    const now = scenarioEpoch;
    const window = { from: now - 2 * DAY_MS, to: now };
    const rows = await pathRows(world, window, now);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.day).toBeGreaterThanOrEqual(window.from);
      expect(row.spelled.startsWith(row.source.name)).toBe(true);
      expect(row.spelled.endsWith(row.target.name)).toBe(true);
      expect(row.spelled.split(' → ')).toHaveLength(row.steps + 1);
    }
    const [summary, details] = pathSheets(rows);
    expect(summary?.rows[1]).toEqual(['Paths', rows.length]);
    expect(details?.rows).toHaveLength(rows.length);
    expect(await firstPathDay(world, { from: now - 59 * DAY_MS, to: now }, now)).toBe(
      Math.floor((now - 59 * DAY_MS) / DAY_MS) * DAY_MS + DAY_MS,
    );
  });
});
