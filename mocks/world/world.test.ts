import { describe, expect, it } from 'vitest';
import { seedDirectory, tenantIds } from '../identity/directory';
import { scenarioEpoch } from '../store/clock';
import { hash, stableId } from './hash';
import { tenantWorld } from './world';

const contoso = seedDirectory().tenants.find((t) => t.id === tenantIds.contoso)!;

describe('world generator', () => {
  it('is deterministic: same seed, same hash and ids', () => {
    expect(hash('a', 1)).toBe(hash('a', 1));
    expect(hash('a', 1)).not.toBe(hash('a', 2));
    expect(stableId('x', 3)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('generates the contoso deployment with DC, standalone and AD FS sensors', () => {
    const world = tenantWorld('contoso', contoso, scenarioEpoch);
    expect(world.domains).toEqual(['contoso.com', 'emea.contoso.com', 'apac.contoso.com']);
    expect(world.sensors).toHaveLength(11);
    expect(new Set(world.sensors.map((s) => s.type))).toEqual(
      new Set(['Sensor', 'Standalone Sensor', 'ADFS Sensor']),
    );
    // Regenerating gives the same sensors.
    const again = tenantWorld('contoso', { ...contoso }, scenarioEpoch + 0);
    expect(again.sensors.map((s) => s.id)).toEqual(world.sensors.map((s) => s.id));
  });

  it('has no sensors in the fresh scenario but still has domain controllers', () => {
    const world = tenantWorld('fresh', contoso, scenarioEpoch);
    expect(world.sensors).toHaveLength(0);
    expect(world.domainControllers.length).toBeGreaterThan(0);
    expect(world.domainControllers.every((dc) => dc.sensorId === null)).toBe(true);
  });

  it('generates 200 sensors with coverage gaps in the large scenario', () => {
    const world = tenantWorld('large', contoso, scenarioEpoch);
    expect(world.sensors).toHaveLength(200);
    expect(new Set(world.sensors.map((s) => s.id)).size).toBe(200);
    expect(world.domainControllers.some((dc) => dc.sensorId === null)).toBe(true);
  });

  it('raises one open health issue per troubled sensor in degraded-sensors', () => {
    const world = tenantWorld('degraded-sensors', contoso, scenarioEpoch);
    const troubled = world.sensors.filter((s) => s.trouble);
    expect(troubled.length).toBeGreaterThan(2);
    expect(world.healthIssues.filter((i) => i.status === 'Open')).toHaveLength(troubled.length);
  });
});
