import { describe, expect, it } from 'vitest';
import { auditListSchema } from '../../src/api/contracts/audit';
import {
  sensorHistorySchema,
  sensorListSchema,
  sensorSchema,
  type Sensor,
} from '../../src/api/contracts/sensors';
import { endpoints } from '../../src/api/endpoints';
import { givenScenario } from '../configure';
import { callApi } from '../testing/api-client';

async function sensors(upn = 'admin@contoso.com'): Promise<Sensor[]> {
  return sensorListSchema.parse((await callApi(upn, endpoints.sensors)).body).items;
}
async function sensorNamed(name: string) {
  const sensor = (await sensors()).find((s) => s.name === name);
  if (!sensor) throw new Error(`no sensor ${name}`);
  return sensor;
}

describe('PATCH /api/sensors/:id', () => {
  it('saves a standalone sensor’s configuration, bumps the ETag and audits it', async () => {
    await givenScenario('contoso');
    const sensor = await sensorNamed('STANDALONE01');
    const response = await callApi('admin@contoso.com', endpoints.sensor(sensor.id), {
      method: 'PATCH',
      headers: { 'If-Match': sensor.etag },
      body: {
        description: 'Mirror of DC01',
        domainControllers: ['dc01.contoso.com'],
        delayedUpdate: true,
      },
    });
    expect(response.status).toBe(200);
    const saved = sensorSchema.parse(response.body);
    expect(saved).toMatchObject({
      description: 'Mirror of DC01',
      domainControllers: ['dc01.contoso.com'],
      delayedUpdate: true,
    });
    expect(saved.etag).not.toBe(sensor.etag);
    expect(response.headers.get('ETag')).toBe(saved.etag);
    expect(await sensorNamed('STANDALONE01')).toMatchObject({ description: 'Mirror of DC01' });

    const audit = auditListSchema.parse((await callApi('admin@contoso.com', endpoints.audit)).body);
    expect(audit.items[0]).toMatchObject({
      page: 'Sensors',
      target: 'Sensor STANDALONE01',
      action: 'Updated',
    });
  });

  it('answers 412 to a stale If-Match and 400 to a non-FQDN or an empty list', async () => {
    await givenScenario('contoso');
    const sensor = await sensorNamed('STANDALONE01');
    const patch = (body: unknown, etag = sensor.etag) =>
      callApi('admin@contoso.com', endpoints.sensor(sensor.id), {
        method: 'PATCH',
        headers: { 'If-Match': etag },
        body,
      });
    expect((await patch({ domainControllers: ['not a host'] })).status).toBe(400);
    const empty = await patch({ domainControllers: [] });
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({
      errors: { domainControllers: [expect.stringContaining('at least one')] },
    });
    expect((await patch({ networkAdapters: [{ name: 'Ethernet', selected: false }] })).status).toBe(
      400,
    );
    expect((await patch({ description: 'first' })).status).toBe(200);
    const stale = await patch({ description: 'second' });
    expect(stale.status).toBe(412);
    // It says who saved the version the caller didn't see, so the conflict dialog can name them.
    expect(stale.body).toMatchObject({
      currentVersion: { updatedBy: 'Adele Vance', updatedAt: expect.any(String) },
    });
    expect((await sensorNamed('STANDALONE01')).description).toBe('first');
  });

  it('keeps a domain controller sensor’s own domain controller read-only', async () => {
    await givenScenario('contoso');
    const sensor = await sensorNamed('DC01');
    const response = await callApi('admin@contoso.com', endpoints.sensor(sensor.id), {
      method: 'PATCH',
      headers: { 'If-Match': sensor.etag },
      body: { domainControllers: ['dc02.contoso.com'] },
    });
    expect(response.status).toBe(400);
  });

  it.each(['analyst@contoso.com', 'viewer@contoso.com'])('refuses %s with 403', async (upn) => {
    await givenScenario('contoso');
    const sensor = await sensorNamed('DC01');
    const headers = { 'If-Match': sensor.etag };
    const patch = await callApi(upn, endpoints.sensor(sensor.id), {
      method: 'PATCH',
      headers,
      body: { description: 'x' },
    });
    expect(patch.status).toBe(403);
    expect(patch.body).toMatchObject({ missingPermission: 'config.sensors' });
    const del = await callApi(upn, endpoints.sensor(sensor.id), { method: 'DELETE' });
    expect(del.status).toBe(403);
    const bulk = await callApi(upn, endpoints.sensorsDelayedUpdate, {
      method: 'POST',
      body: { sensorIds: [sensor.id], delayedUpdate: true },
    });
    expect(bulk.status).toBe(403);
    expect(bulk.body).toMatchObject({ missingPermission: 'config.updates' });
  });
});

describe('DELETE /api/sensors/:id', () => {
  it('refuses a connected sensor with 409 and deletes a disconnected one', async () => {
    await givenScenario('degraded-sensors');
    const all = await sensors();
    const running = all.find(
      (s) => s.serviceStatus === 'Running' && s.sensorStatus === 'Up to date',
    )!;
    const dead = all.find((s) => s.serviceStatus === 'Stopped')!;
    expect(
      (await callApi('admin@contoso.com', endpoints.sensor(running.id), { method: 'DELETE' }))
        .status,
    ).toBe(409);
    expect(
      (await callApi('admin@contoso.com', endpoints.sensor(dead.id), { method: 'DELETE' })).status,
    ).toBe(204);
    expect((await sensors()).map((s) => s.id)).not.toContain(dead.id);
    const audit = auditListSchema.parse((await callApi('admin@contoso.com', endpoints.audit)).body);
    expect(audit.items[0]).toMatchObject({ action: 'Deleted', target: `Sensor ${dead.name}` });
  });
});

describe('POST /api/sensors/delayed-update', () => {
  it('turns delayed update on for every listed sensor', async () => {
    await givenScenario('contoso');
    const ids = (await sensors()).slice(0, 3).map((s) => s.id);
    const response = await callApi('admin@contoso.com', endpoints.sensorsDelayedUpdate, {
      method: 'POST',
      body: { sensorIds: ids, delayedUpdate: true },
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ updated: 3 });
    const after = (await sensors()).filter((s) => ids.includes(s.id));
    expect(after.every((s) => s.delayedUpdate)).toBe(true);
  });
});

describe('GET /api/sensors/:id/history', () => {
  it('answers 30 days of consecutive segments', async () => {
    await givenScenario('degraded-sensors');
    const dead = (await sensors('viewer@contoso.com')).find((s) => s.serviceStatus === 'Stopped')!;
    const history = sensorHistorySchema.parse(
      (await callApi('viewer@contoso.com', endpoints.sensorHistory(dead.id))).body,
    );
    expect(history.segments.at(-1)?.state).toBe('Stopped');
    for (let i = 1; i < history.segments.length; i++) {
      expect(history.segments[i]?.from).toBe(history.segments[i - 1]?.to);
    }
  });
});
