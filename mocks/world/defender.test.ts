import { describe, expect, it } from 'vitest';
import { defenderDeviceSchema } from '../../src/api/contracts/defender';
import { seedDirectory, tenantIds } from '../identity/directory';
import { scenarioEpoch } from '../store/clock';
import { defenderWorld, totalAlerts } from './defender';

const contoso = seedDirectory().tenants.find((t) => t.id === tenantIds.contoso)!;

describe('Defender for Endpoint world', () => {
  it('is the directory world’s computers: domain controllers, servers, workstations', async () => {
    const world = defenderWorld('contoso', contoso, scenarioEpoch);
    expect(world.deviceCount).toBe(350);
    expect(world.device(0)).toMatchObject({ name: 'DC01', fqdn: 'dc01.contoso.com' });
    expect(world.device(9).name).toBe('CA01');
    expect(world.deviceByName('CLIENT1')?.fqdn).toMatch(/^client1\./);
    for (const i of [0, 9, 200, 349])
      expect(() => defenderDeviceSchema.parse(world.device(i))).not.toThrow();
    expect(world.device(42)).toEqual(world.device(42));
    const again = defenderWorld('contoso', { ...contoso }, scenarioEpoch);
    expect(await again.summary()).toEqual(await world.summary());
  });

  it('finds devices by name or FQDN', () => {
    const world = defenderWorld('contoso', contoso, scenarioEpoch);
    const client = world.device(300);
    expect(world.deviceByName(client.name)).toEqual(client);
    expect(world.deviceByName(client.fqdn.toUpperCase())).toEqual(client);
    expect(world.deviceByName('emeadc01.emea.contoso.com')?.name).toBe('EMEADC01');
    expect(world.deviceByName('CLIENT99999')).toBeUndefined();
    expect(world.deviceByName('client1.wrong.example')).toBeUndefined();
  });

  it('gives unknown devices no id and no alerts; risk follows the worst open alert', async () => {
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
    const summary = await world.summary();
    expect(summary.onboardedDevices + summary.unknownDevices).toBe(world.deviceCount);
    expect(summary.devicesWithAlerts).toBeGreaterThan(
      (await defenderWorld('contoso', contoso, scenarioEpoch).summary()).devicesWithAlerts,
    );
  });

  it('knows the fixed demo computers as the README says', () => {
    const world = defenderWorld('contoso', contoso, scenarioEpoch);
    expect(world.deviceByName('EXCH01')?.openAlerts).toEqual({
      High: 1,
      Medium: 2,
      Low: 0,
      Informational: 1,
    });
    expect(world.deviceByName('CA01')).toMatchObject({
      riskLevel: 'None',
      mdeDeviceId: expect.any(String),
    });
    expect(world.deviceByName('KIOSK07')?.mdeDeviceId).toBeNull();
  });

  it('summarises the large scenario’s 60,000 computers quickly', async () => {
    const started = process.cpuUsage();
    const world = defenderWorld('large', contoso, scenarioEpoch);
    expect(world.deviceCount).toBe(60_000);
    expect((await world.summary()).onboardedDevices).toBeGreaterThan(50_000);
    const cpu = process.cpuUsage(started);
    expect((cpu.user + cpu.system) / 1_000).toBeLessThan(2_000);
  });
});
