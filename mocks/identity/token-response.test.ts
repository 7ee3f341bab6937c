import { base64url, decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { demoUserIds, seedDirectory, tenantIds } from './directory';
import { issuerFor } from './keys';
import {
  TokenError,
  mintAuthorizationCode,
  mintTokenResponse,
  verifyAuthorizationCode,
  type TokenErrorReason,
} from './tokens';

const admin = seedDirectory().users.find((u) => u.id === demoUserIds.admin)!;
const clientId = 'client-under-test';
const scope = 'api://vigil/access_as_user openid profile offline_access';
const now = Date.parse('2026-11-22T10:00:00Z');
const rfcChallenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

async function expectRejected(promise: Promise<unknown>, reason: TokenErrorReason) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TokenError);
  expect((error as TokenError).reason).toBe(reason);
}

describe('token response', () => {
  it('has the shape of the token endpoint JSON and an id token with the nonce echoed', async () => {
    const response = await mintTokenResponse(
      { user: admin, clientId, nonce: 'nonce-42', scope },
      now,
    );
    expect(response).toMatchObject({
      token_type: 'Bearer',
      scope: 'api://vigil/access_as_user',
      expires_in: 3600,
    });
    expect(JSON.parse(new TextDecoder().decode(base64url.decode(response.client_info)))).toEqual({
      uid: admin.id,
      utid: tenantIds.contoso,
    });
    expect(decodeJwt(response.id_token)).toMatchObject({
      aud: clientId,
      iss: issuerFor(tenantIds.contoso),
      oid: admin.id,
      sub: admin.id,
      tid: tenantIds.contoso,
      name: 'Adele Vance',
      preferred_username: 'admin@contoso.com',
      nonce: 'nonce-42',
      ver: '2.0',
    });
  });
});

describe('authorization codes', () => {
  const input = {
    userId: admin.id,
    tenantId: admin.tenantId,
    clientId,
    redirectUri: 'http://localhost:3000/',
    nonce: 'n-1',
    codeChallenge: rfcChallenge,
    codeChallengeMethod: 'S256' as const,
    scope,
  };

  it('carries the authorization request', async () => {
    const claims = await verifyAuthorizationCode(
      await mintAuthorizationCode(input, now),
      now + 1000,
    );
    expect(claims).toMatchObject(input);
  });

  it('expires after ten minutes', async () => {
    const code = await mintAuthorizationCode(input, now);
    await expectRejected(verifyAuthorizationCode(code, now + 11 * 60 * 1000), 'expired');
  });

  it('cannot be replaced by another token of the same issuer', async () => {
    const response = await mintTokenResponse({ user: admin, clientId, nonce: 'n', scope }, now);
    await expectRejected(verifyAuthorizationCode(response.id_token, now), 'malformed');
    await expectRejected(verifyAuthorizationCode(response.refresh_token, now), 'malformed');
  });
});
