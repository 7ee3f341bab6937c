import { describe, expect, it } from 'vitest';
import {
  defenderSettingsResponseSchema as settingsResponse,
  defenderStatusSchema,
} from '../../src/api/contracts/defender';
import { problemSchema } from '../../src/api/contracts/problem';
import { endpoints } from '../../src/api/endpoints';
import { givenDefenderForEndpointError, givenNow, givenScenario } from '../configure';
import { demoUserIds } from '../identity/directory';
import { store } from '../store/store';
import { callApi } from '../testing/api-client';

const path = endpoints.config('defender-for-endpoint');

async function settings(upn = 'admin@contoso.com') {
  return settingsResponse.parse((await callApi(upn, path)).body);
}
async function status(upn = 'admin@contoso.com') {
  return defenderStatusSchema.parse((await callApi(upn, endpoints.defenderStatus)).body);
}
function put(enabled: boolean, etag: string, upn = 'admin@contoso.com') {
  return callApi(upn, path, { method: 'PUT', body: { enabled }, headers: { 'If-Match': etag } });
}

function addAnalystToAdministrators() {
  const group = store.state.directory.groups.find(
    (g) => g.displayName === 'Vigil contoso Administrators',
  );
  group?.memberIds.push(demoUserIds.analyst);
}

describe('Microsoft Defender for Endpoint integration', () => {
  it('is off in contoso; a Global Administrator turns it on and it connects', async () => {
    expect(await status('viewer@contoso.com')).toEqual({ state: 'Off' });
    givenNow('2026-11-20T10:00:00Z');
    const response = await put(true, (await settings()).etag);
    expect(response.status).toBe(200);
    expect(settingsResponse.parse(response.body).value).toEqual({ enabled: true });
    const connected = await status('viewer@contoso.com');
    expect(connected).toMatchObject({ state: 'Connected', since: '2026-11-20T10:00:00.000Z' });
    if (connected.state !== 'Connected') throw new Error('not connected');
    expect(connected.onboardedDevices).toBeGreaterThan(250); // of the 350 computers
    expect(connected.unknownDevices).toBeGreaterThan(0);
  });

  it('refuses an Administrators role-group member who is not a directory admin (403, says why)', async () => {
    addAnalystToAdministrators();
    const me = await callApi('analyst@contoso.com', endpoints.me);
    expect(me.body).toMatchObject({ role: 'Administrator', isDirectoryAdmin: false });
    const response = await put(true, (await settings()).etag, 'analyst@contoso.com');
    expect(response.status).toBe(403);
    expect(response.headers.get('Content-Type')).toContain('application/problem+json');
    const refusal = problemSchema.parse(response.body);
    expect(refusal.code).toBe('directory-role-required');
    expect(refusal.detail).toMatch(
      /Only Global Administrators and Security Administrators of Contoso can turn the Microsoft Defender for Endpoint integration on or off/,
    );
    expect((await settings()).value.enabled).toBe(false);
  });

  it('refuses a User (403, missing permission)', async () => {
    const response = await put(true, (await settings()).etag, 'analyst@contoso.com');
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ missingPermission: 'config.dataSources' });
  });

  it('reports an error with its reason; turning it on again reconnects', async () => {
    givenDefenderForEndpointError('Token expired');
    expect(await status()).toMatchObject({ state: 'Error', reason: 'Token expired' });
    let current = await settings();
    current = settingsResponse.parse((await put(false, current.etag)).body);
    expect(await status()).toEqual({ state: 'Off' });
    await put(true, current.etag);
    expect(await status()).toMatchObject({ state: 'Connected' });
  });

  it('starts connected in active-attack and failing in degraded-sensors', async () => {
    await givenScenario('active-attack');
    expect((await status()).state).toBe('Connected');
    await givenScenario('degraded-sensors');
    expect(await status()).toMatchObject({
      state: 'Error',
      reason: expect.stringMatching(/Advanced features/),
    });
  });

  it('records the change in the audit log', async () => {
    await put(true, (await settings()).etag);
    const log = await callApi(
      'admin@contoso.com',
      `${endpoints.audit}?page=Microsoft Defender for Endpoint`,
    );
    expect((log.body as { items: { changes: unknown[] }[] }).items[0]?.changes).toEqual([
      {
        field: 'enabled',
        label: 'Integration with Microsoft Defender for Endpoint',
        before: 'Off',
        after: 'On',
      },
    ]);
  });
});
