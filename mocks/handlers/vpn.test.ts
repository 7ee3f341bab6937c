import { describe, expect, it } from 'vitest';
import { auditListSchema } from '../../src/api/contracts/audit';
import { problemSchema } from '../../src/api/contracts/problem';
import { vpnSettingsResponseSchema as vpnResponse } from '../../src/api/contracts/vpn';
import { endpoints } from '../../src/api/endpoints';
import { givenNow } from '../configure';
import { callApi } from '../testing/api-client';

const SECRET = 'Radius7Secret42xyz';
const path = endpoints.config('vpn');

async function current(upn = 'admin@contoso.com') {
  const response = await callApi(upn, path);
  expect(response.status).toBe(200);
  return vpnResponse.parse(response.body);
}

function put(body: unknown, etag: string, upn = 'admin@contoso.com') {
  return callApi(upn, path, { method: 'PUT', body, headers: { 'If-Match': etag } });
}

describe('VPN settings (/api/config/vpn)', () => {
  it('starts off with no secret', async () => {
    const vpn = await current('viewer@contoso.com');
    expect(vpn.value).toEqual({
      radiusEnabled: false,
      sharedSecret: { isSet: false, updatedAt: null },
    });
  });

  it('never returns the secret: not from GET, PUT, /api/me or the audit log', async () => {
    givenNow('2026-11-20T10:00:00Z');
    const before = await current();
    const saved = await put({ radiusEnabled: true, sharedSecret: SECRET }, before.etag);
    expect(saved.status).toBe(200);
    expect(vpnResponse.parse(saved.body).value).toEqual({
      radiusEnabled: true,
      sharedSecret: { isSet: true, updatedAt: '2026-11-20T10:00:00.000Z' },
    });

    const answers = [
      saved,
      await callApi('admin@contoso.com', path),
      await callApi('analyst@contoso.com', path),
      await callApi('admin@contoso.com', endpoints.me),
      await callApi('admin@contoso.com', endpoints.audit),
      await callApi('admin@contoso.com', `${endpoints.audit}?page=VPN`),
      await callApi('admin@contoso.com', endpoints.demo.state),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(JSON.stringify(answer.body)).not.toContain(SECRET);
      expect(JSON.stringify(answer.body).toLowerCase()).not.toContain(SECRET.toLowerCase());
    }

    const log = auditListSchema.parse(answers[4]!.body);
    const entry = log.items.find((e) => e.page === 'VPN');
    expect(entry?.changes).toEqual(
      expect.arrayContaining([
        { field: 'radiusEnabled', label: 'RADIUS accounting', before: 'Off', after: 'On' },
        expect.objectContaining({ field: 'sharedSecret', label: 'Shared secret', before: null }),
      ]),
    );
  });

  it('keeps the secret when only the switch changes, and records when it was replaced', async () => {
    givenNow('2026-11-20T10:00:00Z');
    let vpn = await current();
    vpn = vpnResponse.parse(
      (await put({ radiusEnabled: true, sharedSecret: SECRET }, vpn.etag)).body,
    );
    givenNow('2026-11-21T08:00:00Z');
    vpn = vpnResponse.parse((await put({ radiusEnabled: false }, vpn.etag)).body);
    expect(vpn.value.sharedSecret).toEqual({ isSet: true, updatedAt: '2026-11-20T10:00:00.000Z' });
    vpn = vpnResponse.parse((await put({ radiusEnabled: true }, vpn.etag)).body);
    expect(vpn.value.radiusEnabled).toBe(true);
  });

  it('refuses to turn RADIUS accounting on without a secret (400 on sharedSecret)', async () => {
    const vpn = await current();
    const response = await put({ radiusEnabled: true }, vpn.etag);
    expect(response.status).toBe(400);
    expect(problemSchema.parse(response.body).errors).toEqual({
      sharedSecret: ['Enter the shared secret your VPN server uses'],
    });
    expect((await current()).value.radiusEnabled).toBe(false);
  });

  it('validates the secret: 8–128 letters and digits', async () => {
    const vpn = await current();
    for (const sharedSecret of ['short1', 'has spaces 123', 'x'.repeat(129)]) {
      const response = await put({ radiusEnabled: true, sharedSecret }, vpn.etag);
      expect(response.status, sharedSecret).toBe(400);
      expect(Object.keys(problemSchema.parse(response.body).errors ?? {})).toEqual([
        'sharedSecret',
      ]);
    }
  });

  it('answers 403 to an analyst, 428 without If-Match and 412 for a stale version', async () => {
    const vpn = await current();
    const forbidden = await put({ radiusEnabled: false }, vpn.etag, 'analyst@contoso.com');
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toMatchObject({ missingPermission: 'config.dataSources' });
    const noIfMatch = await callApi('admin@contoso.com', path, {
      method: 'PUT',
      body: { radiusEnabled: false },
    });
    expect(noIfMatch.status).toBe(428);
    await put({ radiusEnabled: false }, vpn.etag);
    expect((await put({ radiusEnabled: false }, vpn.etag)).status).toBe(412);
  });
});
