import { describe, expect, it } from 'vitest';
import { tenantIds, type DirectoryTenant } from '../../identity/directory';
import { scenarioEpoch } from '../../store/clock';
import { alertWorld } from './alert-world';

const contoso: DirectoryTenant = {
  id: tenantIds.contoso,
  name: 'Contoso',
  initialDomain: 'contoso.com',
  country: 'US',
};
const tenantOf = () => contoso;

describe('simulated alerts in the alerts world', () => {
  it('are placed by time: started alerts keep their index, later story alerts move up', () => {
    const tenant = tenantOf();
    const base = alertWorld('active-attack', tenant, scenarioEpoch);
    const at = scenarioEpoch + 1;
    const started = Array.from({ length: base.count }, (_, i) => base.spec(i).start).filter(
      (s) => s <= at,
    ).length;
    expect(started).toBeLessThan(base.count); // the story's alerts are still to come
    const userId = base.directory.idOf(0);
    const computerId = base.directory.idOf(1);
    const world = alertWorld('active-attack', tenant, scenarioEpoch, [
      { detectionId: '2014', at, userId, computerId },
    ]);
    expect(world.count).toBe(base.count + 1);
    for (let i = 0; i < started; i++) expect(world.spec(i)).toBe(base.spec(i));
    expect(world.spec(started).detection.id).toBe('2014');
    expect(world.spec(started + 1)).toBe(base.spec(started));
    for (const [key, i] of base.keys) expect(world.keys.get(key)).toBe(i < started ? i : i + 1);
    expect(world.indexOfId(world.idOf(base.count))).toBe(base.count);
    expect(world.indexOfId(world.idOf(base.count + 1))).toBeUndefined();
    // Starts stay sorted, which the index's binary searches rely on.
    for (let i = 1; i < world.count; i++)
      expect(world.spec(i).start).toBeGreaterThanOrEqual(world.spec(i - 1).start);
    // The same list gives the same (memoised) world.
    expect(
      alertWorld('active-attack', tenant, scenarioEpoch, [
        { detectionId: '2014', at, userId, computerId },
      ]),
    ).toBe(world);
  });

  it('leaves out entries whose entities don’t exist in the world', () => {
    const tenant = tenantOf();
    const base = alertWorld('active-attack', tenant, scenarioEpoch);
    const world = alertWorld('active-attack', tenant, scenarioEpoch, [
      { detectionId: '2014', at: scenarioEpoch, userId: 'u1-nope', computerId: 'c1-nope' },
    ]);
    expect(world.count).toBe(base.count);
  });
});
