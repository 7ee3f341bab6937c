import { describe, expect, it } from 'vitest';
import { auditListSchema } from '../../src/api/contracts/audit';
import { sensorListSchema } from '../../src/api/contracts/sensors';
import {
  defaultSyslogSettings,
  syslogSettingsResponseSchema,
  syslogTestResultSchema,
  type SyslogSettings,
} from '../../src/api/contracts/syslog';
import { endpoints } from '../../src/api/endpoints';
import { givenNow, givenScenario } from '../configure';
import { callApi } from '../testing/api-client';

const admin = 'admin@contoso.com';
const path = endpoints.config('syslog');

async function sensorIdOf(name: string) {
  const list = sensorListSchema.parse((await callApi(admin, endpoints.sensors)).body);
  return list.items.find((s) => s.name === name)!.id;
}

async function settings(): Promise<SyslogSettings> {
  return {
    ...defaultSyslogSettings,
    enabled: true,
    sensorId: await sensorIdOf('DC01'),
    server: 'siem.contoso.com',
    port: 6514,
    transport: 'TLS',
  };
}

async function current(upn = admin) {
  return syslogSettingsResponseSchema.parse((await callApi(upn, path)).body);
}

describe('GET/PUT /api/config/syslog', () => {
  it('starts switched off with the defaults, readable by every role', async () => {
    for (const upn of [admin, 'analyst@contoso.com', 'viewer@contoso.com']) {
      expect((await current(upn)).value).toEqual(defaultSyslogSettings);
    }
  });

  it('saves with If-Match, bumps the version and audits the change', async () => {
    const before = await current();
    const body = await settings();
    const saved = await callApi(admin, path, {
      method: 'PUT',
      body,
      headers: { 'If-Match': before.etag },
    });
    expect(saved.status).toBe(200);
    const after = await current();
    expect(after.value).toEqual(body);
    expect(after.etag).not.toBe(before.etag);
    expect(after.updatedBy).toBe('Adele Vance');

    const audit = auditListSchema.parse((await callApi(admin, endpoints.audit)).body);
    expect(JSON.stringify(audit)).toContain('Syslog notifications');
  });

  it('refuses a User with 403 naming config.dataSources', async () => {
    const { etag } = await current();
    const response = await callApi('analyst@contoso.com', path, {
      method: 'PUT',
      body: await settings(),
      headers: { 'If-Match': etag },
    });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ missingPermission: 'config.dataSources' });
    expect((await current()).value).toEqual(defaultSyslogSettings);
  });

  it('answers 428 without If-Match and 412 for a stale one', async () => {
    const body = await settings();
    expect((await callApi(admin, path, { method: 'PUT', body })).status).toBe(428);
    expect(
      (await callApi(admin, path, { method: 'PUT', body, headers: { 'If-Match': 'W/"41"' } }))
        .status,
    ).toBe(412);
  });

  it('puts a bad port, server or unknown sensor on the field', async () => {
    const { etag } = await current();
    const headers = { 'If-Match': etag };
    const bad = await callApi(admin, path, {
      method: 'PUT',
      body: { ...(await settings()), port: 70000, server: 'http://x' },
      headers,
    });
    expect(bad.status).toBe(400);
    expect(Object.keys((bad.body as { errors: object }).errors).sort()).toEqual(['port', 'server']);

    const stranger = await callApi(admin, path, {
      method: 'PUT',
      body: { ...(await settings()), sensorId: 'not-ours' },
      headers,
    });
    expect(stranger.status).toBe(400);
    expect(stranger.body).toMatchObject({
      errors: { sensorId: ['Choose one of this instance’s sensors'] },
    });
  });
});

describe('POST /api/config/syslog/test', () => {
  it('sends the sample alert from the chosen sensor and says where it went', async () => {
    givenNow('2026-11-20T09:30:00.000Z');
    const response = await callApi(admin, endpoints.syslogTest, {
      method: 'POST',
      body: await settings(),
    });
    const result = syslogTestResultSchema.parse(response.body);
    expect(result.delivered).toBe(true);
    expect(result.detail).toBe('Delivered to siem.contoso.com:6514 over TLS from DC01.');
    expect(result.line).toMatch(
      /^<36>1 2026-11-20T09:30:00\.000000\+00:00 dc01\.contoso\.com CEF \d+ DnsReconnaissanceSecurityAlert - CEF:0\|Vigil\|Vigil\|/,
    );
    expect(result.line).toContain('|5|start=2026-11-20T09:30:00.0000000Z');
    expect(result.line).toContain('externalId=2007');
  });

  it.each([
    ['siem.invalid', 'UDP', 'No response from siem.invalid on UDP 514 within 5 seconds'],
    [
      'unreachable.contoso.com',
      'TCP',
      'No response from unreachable.contoso.com on TCP 514 within 5 seconds',
    ],
    ['203.0.113.7', 'TLS', 'TLS handshake with 203.0.113.7:514 failed from DC01'],
  ] as const)('fails for %s over %s with the reason', async (server, transport, reason) => {
    const body = { ...(await settings()), server, transport, port: 514 };
    const result = syslogTestResultSchema.parse(
      (await callApi(admin, endpoints.syslogTest, { method: 'POST', body })).body,
    );
    expect(result.delivered).toBe(false);
    expect(result.detail).toContain(reason);
    expect(result.line).toContain('CEF:0|');
  });

  it('fails when the chosen sensor’s service isn’t running', async () => {
    await givenScenario('degraded-sensors');
    const list = sensorListSchema.parse((await callApi(admin, endpoints.sensors)).body);
    const stopped = list.items.find((s) => s.serviceStatus !== 'Running')!;
    const body = { ...defaultSyslogSettings, sensorId: stopped.id, server: 'siem.contoso.com' };
    const result = syslogTestResultSchema.parse(
      (await callApi(admin, endpoints.syslogTest, { method: 'POST', body })).body,
    );
    expect(result.delivered).toBe(false);
    expect(result.detail).toContain(
      `${stopped.name} couldn’t send the message: its sensor service is`,
    );
  });

  it('needs a sensor and server even for unsaved, switched-off settings, and config.dataSources', async () => {
    const missing = await callApi(admin, endpoints.syslogTest, {
      method: 'POST',
      body: defaultSyslogSettings,
    });
    expect(missing.status).toBe(400);
    expect(Object.keys((missing.body as { errors: object }).errors).sort()).toEqual([
      'sensorId',
      'server',
    ]);

    const viewer = await callApi('viewer@contoso.com', endpoints.syslogTest, {
      method: 'POST',
      body: await settings(),
    });
    expect(viewer.status).toBe(403);
    expect(viewer.body).toMatchObject({ missingPermission: 'config.dataSources' });
  });
});
