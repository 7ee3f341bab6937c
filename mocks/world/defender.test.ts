import { describe, expect, it } from 'vitest';
import { defenderDeviceSchema } from '../../src/api/contracts/defender';
import { seedDirectory, tenantIds } from '../identity/directory';
import { scenarioEpoch } from '../store/clock';
import { defenderWorld, totalAlerts } from './defender';

const contoso = seedDirectory().tenants.find((t) => t.id === tenantIds.contoso)!;

describe('Defender for Endpoint world', () => {
  it('lists the domain controllers, then one CLIENTn per user, deterministically', () => {
    const world = defenderWorld('contoso', contoso, scenarioEpoch);
    expect(world.deviceCount).toBe(9 + 1_200);
    expect(world.device(0)).toMatchObject({ name: 'DC01', fqdn: 'dc01.contoso.com' });
    expect(world.device(9).name).toBe('CLIENT1');
    for (const i of [0, 9, 500, 1_208])
      expect(() => defenderDeviceSchema.parse(world.device(i))).not.toThrow();
    expect(world.device(42)).toEqual(world.device(42));
    const again = defenderWorld('contoso', { ...contoso }, scenarioEpoch);
    expect(again.summary()).toEqual(world.summary());
  });

  it('finds devices by name or FQDN', () => {
    const world = defenderWorld('contoso', contoso, scenarioEpoch);
    const client = world.device(19);
    expect(world.deviceByName(client.name)).toEqual(client);
    expect(world.deviceByName(client.fqdn.toUpperCase())).toEqual(client);
    expect(world.deviceByName('emeadc01.emea.contoso.com')?.name).toBe('EMEADC01');
    expect(world.deviceByName('CLIENT99999')).toBeUndefined();
    expect(world.deviceByName('client1.wrong.example')).toBeUndefined();
  });

  it('gives unknown devices no id and no alerts; risk follows the worst open alert', () => {
    const world = defenderWorld('active-attack', contoso, scenarioEpoch);
    const devices = Array.from({ length: world.deviceCount }, (_, i) => world.device(i));
    const unknown = devices.filter((d) => d.mdeDeviceId === null);
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.every((d) => totalAlerts(d.openAlerts) === 0 && d.riskLevel === 'None')).toBe(
      true,
    );
    expect(devices.filter((d) => d.openAlerts.High > 0).every((d) => d.riskLevel === 'High')).toBe(
      true,
    );
    expect(devices.find((d) => d.mdeDeviceId)?.mdeDeviceId).toMatch(/^[0-9a-f]{40}$/);
    const summary = world.summary();
    expect(summary.onboardedDevices + summary.unknownDevices).toBe(world.deviceCount);
    expect(summary.devicesWithAlerts).toBeGreaterThan(
      defenderWorld('contoso', contoso, scenarioEpoch).summary().devicesWithAlerts,
    );
  });

  it('summarises the large scenario’s 100,000 clients quickly', () => {
    const started = performance.now();
    const world = defenderWorld('large', contoso, scenarioEpoch);
    expect(world.summary().onboardedDevices).toBeGreaterThan(90_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
