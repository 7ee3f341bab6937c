import { SignJWT, base64url, decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  demoUserIds,
  directoryRoleTemplateIds,
  seedDirectory,
  tenantIds,
  type DirectoryUser,
} from './directory';
import { apiAudience, issuerFor } from './keys';
import { refreshTokenGrant } from './token-grants';
import {
  TokenError,
  mintTokenResponse,
  verifyAccessToken,
  verifyPkce,
  type TokenErrorReason,
} from './tokens';

const directory = seedDirectory();
const clientId = 'client-under-test';
const scope = 'api://vigil/access_as_user openid profile offline_access';
const now = Date.parse('2026-11-22T10:00:00Z');

function user(id: string): DirectoryUser {
  const found = directory.users.find((u) => u.id === id);
  if (!found) throw new Error(`no user ${id}`);
  return found;
}

const admin = user(demoUserIds.admin);

async function accessTokenFor(u: DirectoryUser, at = now) {
  return (await mintTokenResponse({ user: u, clientId, nonce: 'n-1', scope }, at)).access_token;
}

async function expectRejected(promise: Promise<unknown>, reason: TokenErrorReason) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TokenError);
  expect((error as TokenError).reason).toBe(reason);
}

/** RFC 7636 appendix B. */
const rfcVerifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const rfcChallenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

describe('PKCE', () => {
  it('accepts the verifier of the challenge (RFC 7636 example)', async () => {
    expect(await verifyPkce(rfcVerifier, rfcChallenge)).toBe(true);
  });

  it('rejects a wrong verifier', async () => {
    expect(await verifyPkce(`${rfcVerifier.slice(0, -1)}X`, rfcChallenge)).toBe(false);
    expect(await verifyPkce('too-short', rfcChallenge)).toBe(false);
  });
});

describe('access tokens', () => {
  it('accepts a good token with the right claims', async () => {
    const claims = await verifyAccessToken(await accessTokenFor(admin), {
      directory,
      now: now + 60_000,
    });
    expect(claims).toEqual({
      oid: admin.id,
      tid: tenantIds.contoso,
      name: 'Adele Vance',
      preferredUsername: 'admin@contoso.com',
      wids: [directoryRoleTemplateIds['Global Administrator']],
    });
  });

  it('carries the claims Entra ID puts in an access token for the API', async () => {
    const payload = decodeJwt(await accessTokenFor(user(demoUserIds.analyst)));
    expect(payload).toMatchObject({
      aud: apiAudience,
      iss: issuerFor(tenantIds.contoso),
      scp: 'access_as_user',
      azp: clientId,
      sub: demoUserIds.analyst,
      wids: [],
      ver: '2.0',
    });
    expect(payload.exp! - payload.iat!).toBe(3600);
  });

  it('rejects an expired token', async () => {
    const token = await accessTokenFor(admin, now - 2 * 60 * 60 * 1000);
    await expectRejected(verifyAccessToken(token, { directory, now }), 'expired');
  });

  it('rejects a token signed with another key', async () => {
    const good = decodeJwt(await accessTokenFor(admin));
    const forged = await new SignJWT(good)
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .sign(Uint8Array.from('some-other-secret-some-other-secret', (c) => c.charCodeAt(0)));
    await expectRejected(verifyAccessToken(forged, { directory, now }), 'bad-signature');
  });

  it('rejects a token whose payload was tampered with', async () => {
    const [header, payload, signature] = (await accessTokenFor(user(demoUserIds.viewer))).split(
      '.',
    );
    const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload!))) as Record<
      string,
      unknown
    >;
    const elevated = {
      ...claims,
      oid: admin.id,
      wids: [directoryRoleTemplateIds['Global Administrator']],
    };
    const tampered = base64url.encode(
      Uint8Array.from(JSON.stringify(elevated), (c) => c.charCodeAt(0)),
    );
    await expectRejected(
      verifyAccessToken(`${header}.${tampered}.${signature}`, { directory, now }),
      'bad-signature',
    );
  });

  it('rejects an unsigned (alg none) token and garbage', async () => {
    const [, payload] = (await accessTokenFor(admin)).split('.');
    const none = base64url.encode(Uint8Array.from('{"alg":"none"}', (c) => c.charCodeAt(0)));
    await expectRejected(
      verifyAccessToken(`${none}.${payload}.`, { directory, now }),
      'bad-signature',
    );
    await expectRejected(verifyAccessToken('not-a-token', { directory, now }), 'malformed');
  });

  it('rejects a token for a tenant the directory does not know', async () => {
    const stranger: DirectoryUser = {
      ...admin,
      id: 'a0000000-0000-4000-8000-000000000099',
      tenantId: '11111111-2222-4333-8444-555555555555',
    };
    await expectRejected(
      verifyAccessToken(await accessTokenFor(stranger), { directory, now }),
      'unknown-tenant',
    );
  });

  it('rejects a token for a user the tenant does not have', async () => {
    const ghost: DirectoryUser = { ...admin, id: 'c0a80000-0000-4000-8000-999999999999' };
    await expectRejected(
      verifyAccessToken(await accessTokenFor(ghost), { directory, now }),
      'unknown-user',
    );
    const wrongTenant: DirectoryUser = { ...admin, tenantId: tenantIds.fabrikam };
    await expectRejected(
      verifyAccessToken(await accessTokenFor(wrongTenant), { directory, now }),
      'unknown-user',
    );
  });

  it('rejects an id token or refresh token presented as an access token', async () => {
    const response = await mintTokenResponse({ user: admin, clientId, nonce: 'n', scope }, now);
    await expectRejected(
      verifyAccessToken(response.id_token, { directory, now }),
      'wrong-audience',
    );
    await expectRejected(
      verifyAccessToken(response.refresh_token, { directory, now }),
      'wrong-audience',
    );
  });
});

describe('refresh grant', () => {
  it('returns new tokens for the same user', async () => {
    const first = await mintTokenResponse({ user: admin, clientId, nonce: 'n', scope }, now);
    const later = now + 50 * 60 * 1000;
    const result = await refreshTokenGrant({
      params: new URLSearchParams({
        grant_type: 'refresh_token',
        client_id: clientId,
        refresh_token: first.refresh_token,
        scope,
      }),
      directory,
      tenantId: null,
      now: later,
      redeemedCodes: new Set(),
    });
    if (!result.ok) throw new Error(result.error.description);
    expect(result.body.access_token).not.toBe(first.access_token);
    expect(result.body.refresh_token).not.toBe(first.refresh_token);
    const claims = await verifyAccessToken(result.body.access_token, {
      directory,
      now: later + 30 * 60 * 1000,
    });
    expect(claims.oid).toBe(admin.id);
    expect(decodeJwt(result.body.id_token).nonce).toBeUndefined();
  });

  it('refuses a refresh token issued to another client, or after 24 hours', async () => {
    const first = await mintTokenResponse({ user: admin, clientId, scope }, now);
    const grant = (client: string, at: number) =>
      refreshTokenGrant({
        params: new URLSearchParams({
          grant_type: 'refresh_token',
          client_id: client,
          refresh_token: first.refresh_token,
        }),
        directory,
        tenantId: null,
        now: at,
        redeemedCodes: new Set(),
      });
    expect(await grant('another-client', now)).toMatchObject({
      ok: false,
      error: { error: 'invalid_grant', code: 70000 },
    });
    expect(await grant(clientId, now + 25 * 60 * 60 * 1000)).toMatchObject({
      ok: false,
      error: { code: 700084 },
    });
  });
});
