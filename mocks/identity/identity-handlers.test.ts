import { base64url } from 'jose';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../node';
import { demoUserIds, seedDirectory, tenantIds, type Directory } from './directory';
import type { EntraErrorBody } from './entra-responses';
import { createIdentityHandlers } from './identity-handlers';
import { mintAuthorizationCode, verifyAccessToken, type TokenResponse } from './tokens';

/**
 * The mock token endpoint, called over HTTP through the MSW node server the way MSAL calls it:
 * form-encoded POST, correlation id in the query string.
 */

const host = 'https://login.microsoftonline.com';
const clientId = '9b1c5c1e-5d1e-4c55-9a3e-7a1f0e6c2d41';
const redirectUri = 'http://localhost:3000/';
const scope = 'api://vigil/access_as_user openid profile offline_access';
const correlationId = '0f6c3a52-1b0c-4d3e-9a11-2c6f1f3a0b77';

let directory: Directory;
let clock: number;

beforeEach(() => {
  directory = seedDirectory();
  clock = Date.now();
  server.use(...createIdentityHandlers({ getDirectory: () => directory, now: () => clock }));
});

async function pkcePair() {
  const verifier = base64url.encode(crypto.getRandomValues(new Uint8Array(32)));
  const digest = await crypto.subtle.digest(
    'SHA-256',
    Uint8Array.from(verifier, (c) => c.charCodeAt(0)),
  );
  return { verifier, challenge: base64url.encode(new Uint8Array(digest)) };
}

async function codeFor(userId: string, tenantId: string, challenge: string) {
  return mintAuthorizationCode(
    {
      userId,
      tenantId,
      clientId,
      redirectUri,
      nonce: 'nonce-1',
      codeChallenge: challenge,
      codeChallengeMethod: 'S256',
      scope,
    },
    clock,
  );
}

function postToken(body: Record<string, string>, tenant = 'organizations') {
  return fetch(`${host}/${tenant}/oauth2/v2.0/token?client-request-id=${correlationId}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=utf-8' },
    body: new URLSearchParams(body).toString(),
  });
}

async function redeem(overrides: Partial<Record<string, string>> = {}, tenant?: string) {
  const { verifier, challenge } = await pkcePair();
  const code = await codeFor(demoUserIds.admin, tenantIds.contoso, challenge);
  const body = {
    client_id: clientId,
    redirect_uri: redirectUri,
    scope,
    code,
    code_verifier: verifier,
    grant_type: 'authorization_code',
    client_info: '1',
  };
  const merged = Object.fromEntries(
    Object.entries({ ...body, ...overrides }).filter(
      (e): e is [string, string] => e[1] !== undefined,
    ),
  );
  return postToken(merged, tenant);
}

async function expectEntraError(response: Response, error: string, code: number) {
  expect(response.status).toBe(400);
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  const body = (await response.json()) as EntraErrorBody;
  expect(body).toMatchObject({ error, error_codes: [code], correlation_id: correlationId });
  expect(body.error_description).toMatch(new RegExp(`^AADSTS${code}: `));
  expect(body.timestamp).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/);
  expect(body.trace_id).toMatch(/^[0-9a-f-]{36}$/);
}

describe('authorization_code grant', () => {
  it('exchanges a code and its PKCE verifier for tokens, with CORS headers', async () => {
    const response = await redeem();
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toContain('no-store');
    const tokens = (await response.json()) as TokenResponse;
    expect(tokens).toMatchObject({
      token_type: 'Bearer',
      scope: 'api://vigil/access_as_user',
      expires_in: 3600,
    });
    const claims = await verifyAccessToken(tokens.access_token, { directory });
    expect(claims).toMatchObject({ oid: demoUserIds.admin, tid: tenantIds.contoso });
  });

  it('rejects a wrong PKCE verifier', async () => {
    const { verifier } = await pkcePair();
    await expectEntraError(await redeem({ code_verifier: verifier }), 'invalid_grant', 50148);
  });

  it('requires a PKCE verifier', async () => {
    await expectEntraError(await redeem({ code_verifier: undefined }), 'invalid_request', 9002325);
  });

  it('rejects a code for another client or redirect URI', async () => {
    await expectEntraError(await redeem({ client_id: 'another-app' }), 'invalid_grant', 70000);
    await expectEntraError(
      await redeem({ redirect_uri: 'https://evil.example/' }),
      'invalid_grant',
      50011,
    );
  });

  it('rejects an expired code', async () => {
    const { verifier, challenge } = await pkcePair();
    const code = await codeFor(demoUserIds.admin, tenantIds.contoso, challenge);
    clock += 11 * 60 * 1000;
    const response = await postToken({
      client_id: clientId,
      redirect_uri: redirectUri,
      code,
      code_verifier: verifier,
      grant_type: 'authorization_code',
    });
    await expectEntraError(response, 'invalid_grant', 70008);
  });

  it('rejects a forged code', async () => {
    await expectEntraError(
      await redeem({ code: 'eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl' }),
      'invalid_grant',
      9002313,
    );
  });

  it('redeems a code once', async () => {
    const { verifier, challenge } = await pkcePair();
    const code = await codeFor(demoUserIds.analyst, tenantIds.contoso, challenge);
    const body = {
      client_id: clientId,
      redirect_uri: redirectUri,
      code,
      code_verifier: verifier,
      grant_type: 'authorization_code',
    };
    expect((await postToken(body)).status).toBe(200);
    await expectEntraError(await postToken(body), 'invalid_grant', 54005);
  });

  it('rejects a code for a user removed from the directory since', async () => {
    const { verifier, challenge } = await pkcePair();
    const code = await codeFor(demoUserIds.viewer, tenantIds.contoso, challenge);
    directory.users = directory.users.filter((u) => u.id !== demoUserIds.viewer);
    const response = await postToken({
      client_id: clientId,
      redirect_uri: redirectUri,
      code,
      code_verifier: verifier,
      grant_type: 'authorization_code',
    });
    await expectEntraError(response, 'invalid_grant', 50034);
  });
});

describe('tenant in the URL', () => {
  it('accepts the tenant id or domain of the code’s tenant', async () => {
    expect((await redeem({}, tenantIds.contoso)).status).toBe(200);
    expect((await redeem({}, 'contoso.com')).status).toBe(200);
  });

  it('rejects another tenant and unknown tenants', async () => {
    await expectEntraError(await redeem({}, tenantIds.fabrikam), 'invalid_grant', 700005);
    await expectEntraError(await redeem({}, 'nowhere.example'), 'invalid_tenant', 90002);
  });
});

describe('refresh_token grant', () => {
  it('returns new tokens', async () => {
    const first = (await (await redeem()).json()) as TokenResponse;
    clock += 55 * 60 * 1000;
    const response = await postToken({
      client_id: clientId,
      scope,
      refresh_token: first.refresh_token,
      grant_type: 'refresh_token',
      client_info: '1',
    });
    expect(response.status).toBe(200);
    const next = (await response.json()) as TokenResponse;
    expect(next.access_token).not.toBe(first.access_token);
    expect(next.refresh_token).not.toBe(first.refresh_token);
    expect(next.client_info).toBe(first.client_info);
    await expect(
      verifyAccessToken(next.access_token, { directory, now: clock + 30 * 60 * 1000 }),
    ).resolves.toMatchObject({
      oid: demoUserIds.admin,
    });
  });

  it('rejects a tampered refresh token and a missing one', async () => {
    const first = (await (await redeem()).json()) as TokenResponse;
    const tampered = `${first.refresh_token.slice(0, -4)}AAAA`;
    await expectEntraError(
      await postToken({
        client_id: clientId,
        refresh_token: tampered,
        grant_type: 'refresh_token',
      }),
      'invalid_grant',
      9002313,
    );
    await expectEntraError(
      await postToken({ client_id: clientId, grant_type: 'refresh_token' }),
      'invalid_request',
      900144,
    );
  });
});

describe('grant types', () => {
  it('refuses unsupported grant types', async () => {
    await expectEntraError(
      await postToken({ client_id: clientId, grant_type: 'password' }),
      'unsupported_grant_type',
      70003,
    );
    await expectEntraError(await postToken({ client_id: clientId }), 'invalid_request', 900144);
  });
});
