import { base64url, decodeJwt, errors, jwtVerify, type JWTPayload } from 'jose';
import type { Directory } from './directory';
import { apiAudience, issuerFor, signingAlgorithm, signingKey } from './keys';
import {
  TokenError,
  type AccessClaims,
  type AuthorizationCodeClaims,
  type RefreshTokenClaims,
} from './token-claims';

/** Verification of the mock Entra ID's tokens: signature, issuer, audience, lifetime, directory. */

function stringClaim(payload: JWTPayload, name: string): string {
  const value = payload[name];
  if (typeof value !== 'string' || value === '') {
    throw new TokenError('malformed', `The token has no ${name} claim.`);
  }
  return value;
}

function toTokenError(e: unknown): TokenError {
  if (e instanceof TokenError) return e;
  if (e instanceof errors.JWSSignatureVerificationFailed || e instanceof errors.JOSEAlgNotAllowed) {
    return new TokenError('bad-signature', 'The token signature is invalid.');
  }
  if (e instanceof errors.JWTExpired) return new TokenError('expired', 'The token has expired.');
  if (e instanceof errors.JWTClaimValidationFailed) {
    if (e.claim === 'aud')
      return new TokenError('wrong-audience', 'The token is not meant for this audience.');
    if (e.claim === 'nbf') return new TokenError('expired', 'The token is not valid yet.');
  }
  return new TokenError('malformed', e instanceof Error ? e.message : 'The token is malformed.');
}

/** Verifies signature, issuer (for the token's own tenant), audience and lifetime. */
async function verifySigned(
  token: string,
  audience: string | undefined,
  now: number,
): Promise<JWTPayload> {
  try {
    let tid: string;
    try {
      tid = stringClaim(decodeJwt(token), 'tid');
    } catch {
      throw new TokenError('malformed', 'The token is not a JWT with a tid claim.');
    }
    const { payload } = await jwtVerify(token, signingKey, {
      algorithms: [signingAlgorithm],
      issuer: issuerFor(tid),
      ...(audience === undefined ? {} : { audience }),
      currentDate: new Date(now),
    });
    return payload;
  } catch (e) {
    throw toTokenError(e);
  }
}

function expectUse(payload: JWTPayload, use: 'code' | 'refresh'): void {
  if (payload.use !== use)
    throw new TokenError(
      'malformed',
      `The token is not a ${use === 'code' ? 'code' : 'refresh token'}.`,
    );
}

function audienceOf(payload: JWTPayload): string {
  const aud = Array.isArray(payload.aud) ? payload.aud[0] : payload.aud;
  if (!aud) throw new TokenError('malformed', 'The token has no audience.');
  return aud;
}

export async function verifyAuthorizationCode(
  code: string,
  now = Date.now(),
): Promise<AuthorizationCodeClaims> {
  const p = await verifySigned(code, undefined, now);
  expectUse(p, 'code');
  if (p.code_challenge_method !== 'S256')
    throw new TokenError('malformed', 'The code has no S256 challenge.');
  return {
    codeId: stringClaim(p, 'jti'),
    userId: stringClaim(p, 'sub'),
    tenantId: stringClaim(p, 'tid'),
    clientId: audienceOf(p),
    redirectUri: stringClaim(p, 'redirect_uri'),
    nonce: stringClaim(p, 'nonce'),
    codeChallenge: stringClaim(p, 'code_challenge'),
    codeChallengeMethod: 'S256',
    scope: stringClaim(p, 'scope'),
  };
}

export async function verifyRefreshToken(
  token: string,
  now = Date.now(),
): Promise<RefreshTokenClaims> {
  const p = await verifySigned(token, undefined, now);
  expectUse(p, 'refresh');
  return {
    userId: stringClaim(p, 'sub'),
    tenantId: stringClaim(p, 'tid'),
    clientId: audienceOf(p),
    scope: stringClaim(p, 'scope'),
  };
}

export async function verifyAccessToken(
  token: string,
  opts: { directory: Directory; now?: number },
): Promise<AccessClaims> {
  const p = await verifySigned(token, apiAudience, opts.now ?? Date.now());
  const oid = stringClaim(p, 'oid');
  const tid = stringClaim(p, 'tid');
  const { directory } = opts;
  if (!directory.tenants.some((t) => t.id === tid)) {
    throw new TokenError('unknown-tenant', `Tenant ${tid} does not exist in the directory.`);
  }
  if (!directory.users.some((u) => u.id === oid && u.tenantId === tid)) {
    throw new TokenError('unknown-user', `User ${oid} does not exist in tenant ${tid}.`);
  }
  const wids = Array.isArray(p.wids)
    ? p.wids.filter((w): w is string => typeof w === 'string')
    : [];
  return {
    oid,
    tid,
    name: typeof p.name === 'string' ? p.name : '',
    preferredUsername: typeof p.preferred_username === 'string' ? p.preferred_username : '',
    wids,
  };
}

/** RFC 7636 S256: base64url(sha256(ascii(verifier))) === challenge. */
export async function verifyPkce(verifier: string, challenge: string): Promise<boolean> {
  if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) return false;
  const bytes = Uint8Array.from(verifier, (c) => c.charCodeAt(0));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return base64url.encode(digest) === challenge;
}
