import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { auditListSchema } from '../../src/api/contracts/audit';
import { domainControllerListSchema } from '../../src/api/contracts/domain-controllers';
import { problemSchema } from '../../src/api/contracts/problem';
import {
  ACCESS_KEY_HEADER,
  accessKeySchema,
  sensorInstallationConfigurationSchema,
  sensorRegisteredSchema,
} from '../../src/api/contracts/sensor-setup';
import { sensorListSchema } from '../../src/api/contracts/sensors';
import { endpoints } from '../../src/api/endpoints';
import { givenNow, givenScenario, givenTimePasses } from '../configure';
import { callApi, tokenFor } from '../testing/api-client';

const ADMIN = 'admin@contoso.com';
const ORIGIN = 'http://localhost:3000';

async function accessKey() {
  const response = await callApi(ADMIN, endpoints.accessKey);
  expect(response.status).toBe(200);
  return accessKeySchema.parse(response.body).key;
}

function register(key: string | null, domainControllerFqdn: string, machineName = 'NEWDC') {
  return callApi(null, endpoints.sensorRegister, {
    method: 'POST',
    body: { domainControllerFqdn, machineName, version: '2.130.8934' },
    headers: key ? { [ACCESS_KEY_HEADER]: key } : {},
  });
}

async function unmonitored(upn = ADMIN) {
  const list = domainControllerListSchema.parse(
    (await callApi(upn, endpoints.domainControllers)).body,
  );
  return list.items.filter((dc) => !dc.monitored);
}

async function sensorOn(fqdn: string) {
  const list = sensorListSchema.parse((await callApi(ADMIN, endpoints.sensors)).body);
  return list.items.find((s) => s.domainControllers.includes(fqdn));
}

describe('Sensor setup and access key', () => {
  it('downloads a zip with the connection settings and install guide, never the key', async () => {
    givenNow('2026-11-20T10:00:00Z');
    const response = await fetch(`${ORIGIN}${endpoints.sensorSetup}`, {
      headers: { Authorization: `Bearer ${await tokenFor(ADMIN)}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/zip');
    expect(response.headers.get('Content-Disposition')).toBe(
      'attachment; filename="Vigil Sensor Setup.zip"',
    );
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual([
      'INSTALL.md',
      'SensorInstallationConfiguration.json',
    ]);
    const config = sensorInstallationConfigurationSchema.parse(
      JSON.parse(strFromU8(files['SensorInstallationConfiguration.json'] ?? new Uint8Array())),
    );
    expect(config).toEqual({
      instanceName: 'contoso',
      sensorEndpoint: 'https://contososensorapi.vigil.example',
      region: 'North America',
      packageVersion: '2.130.8934',
      generatedAt: '2026-11-20T10:00:00.000Z',
    });
    const guide = strFromU8(files['INSTALL.md'] ?? new Uint8Array());
    expect(guide).toContain(
      '"Vigil Sensor Setup.exe" /quiet NetFrameworkCommandLineArguments="/q" AccessKey="<your access key>"',
    );
    const key = await accessKey();
    for (const file of Object.values(files)) expect(strFromU8(file)).not.toContain(key);
  });

  it('answers the key in its format, deterministically, and regenerates it (audited without the value)', async () => {
    const first = await accessKey();
    expect(first).toHaveLength(88);
    expect(first.endsWith('==')).toBe(true);
    await givenScenario('contoso');
    expect(await accessKey()).toBe(first);

    const regenerated = await callApi(ADMIN, endpoints.accessKeyRegenerate, { method: 'POST' });
    expect(regenerated.status).toBe(200);
    expect(JSON.stringify(regenerated.body)).not.toContain(first);
    const second = await accessKey();
    expect(second).not.toBe(first);

    const audit = await callApi(ADMIN, endpoints.audit);
    const entry = auditListSchema.parse(audit.body).items[0];
    expect(entry).toEqual(
      expect.objectContaining({ page: 'Sensors', target: 'Access key regenerated' }),
    );
    expect(JSON.stringify(audit.body)).not.toContain(first);
    expect(JSON.stringify(audit.body)).not.toContain(second);
  });

  it('answers 403 to Users and Viewers for the key, the setup and regeneration', async () => {
    for (const upn of ['analyst@contoso.com', 'viewer@contoso.com']) {
      for (const [path, method] of [
        [endpoints.accessKey, 'GET'],
        [endpoints.sensorSetup, 'GET'],
        [endpoints.accessKeyRegenerate, 'POST'],
      ] as const) {
        const response = await callApi(upn, path, { method });
        expect(response.status, `${method} ${path} as ${upn}`).toBe(403);
        expect(problemSchema.parse(response.body).missingPermission).toBe('config.sensors');
      }
    }
  });

  it('registers a sensor with the current key; it starts, syncs, then runs, and its DC becomes monitored', async () => {
    await givenScenario('degraded-sensors');
    const [dc] = await unmonitored();
    if (!dc) throw new Error('degraded-sensors should have unmonitored DCs');
    const key = await accessKey();

    const registered = await register(key, dc.fqdn, dc.name);
    expect(registered.status).toBe(201);
    const { sensorId } = sensorRegisteredSchema.parse(registered.body);
    expect(await sensorOn(dc.fqdn)).toEqual(
      expect.objectContaining({
        id: sensorId,
        name: dc.name,
        serviceStatus: 'Starting',
        sensorStatus: 'Syncing',
      }),
    );
    expect((await unmonitored()).map((d) => d.fqdn)).not.toContain(dc.fqdn);

    givenTimePasses(5);
    expect(await sensorOn(dc.fqdn)).toEqual(
      expect.objectContaining({ serviceStatus: 'Running', sensorStatus: 'Syncing' }),
    );
    givenTimePasses(15);
    expect(await sensorOn(dc.fqdn)).toEqual(
      expect.objectContaining({
        serviceStatus: 'Running',
        sensorStatus: 'Up to date',
        health: 'Healthy',
      }),
    );

    const again = await register(key, dc.fqdn);
    expect(again.status).toBe(409);
  });

  it('refuses an old key after regeneration, a wrong key and no key with 401; installed sensors keep running', async () => {
    await givenScenario('degraded-sensors');
    const [first, second] = await unmonitored();
    if (!first || !second) throw new Error('need two unmonitored DCs');
    const old = await accessKey();
    expect((await register(old, first.fqdn)).status).toBe(201);
    await callApi(ADMIN, endpoints.accessKeyRegenerate, { method: 'POST' });

    for (const key of [old, 'A'.repeat(86) + '==', null]) {
      const refused = await register(key, second.fqdn);
      expect(refused.status).toBe(401);
      expect(problemSchema.parse(refused.body).title).toBe(
        'The access key is not valid for any instance. Use the current key from Configuration → Sensors.',
      );
    }
    givenTimePasses(20);
    expect(await sensorOn(first.fqdn)).toEqual(
      expect.objectContaining({ serviceStatus: 'Running' }),
    );
    expect((await register(await accessKey(), second.fqdn)).status).toBe(201);
  });

  it('registers the first sensor of an instance created in this session (Fabrikam)', async () => {
    await givenScenario('contoso');
    const FABRIKAM = 'admin@fabrikam.com';
    expect((await callApi(FABRIKAM, endpoints.instance, { method: 'POST', body: {} })).status).toBe(
      201,
    );
    const key = accessKeySchema.parse((await callApi(FABRIKAM, endpoints.accessKey)).body).key;
    const [dc] = await unmonitored(FABRIKAM);
    const registered = await register(key, dc!.fqdn, dc!.name);
    expect(registered.body).toMatchObject({ sensorId: expect.any(String) });
    expect(registered.status).toBe(201);
    expect((await unmonitored(FABRIKAM)).map((d) => d.fqdn)).not.toContain(dc!.fqdn);
  });
});
