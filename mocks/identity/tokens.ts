import { SignJWT, base64url, type JWTPayload } from 'jose';
import { directoryRoleTemplateIds, type DirectoryUser } from './directory';
import { apiAudience, issuerFor, lifetimes, signingAlgorithm, signingKey } from './keys';
import {
  encodeClientInfo,
  grantedApiScopes,
  type AuthorizationCodeInput,
  type TokenResponse,
} from './token-claims';

/**
 * Token minting of the mock Entra ID. Every artefact is a signed JWT, so the identity provider
 * keeps no state: an authorization code carries its own request (user, client, redirect URI,
 * nonce, PKCE challenge), a refresh token its own grant. Verification is in token-verification.ts;
 * both are exported from here.
 */

export {
  TokenError,
  encodeClientInfo,
  grantedApiScopes,
  type AccessClaims,
  type AuthorizationCodeClaims,
  type AuthorizationCodeInput,
  type RefreshTokenClaims,
  type TokenErrorReason,
  type TokenResponse,
} from './token-claims';
export {
  verifyAccessToken,
  verifyAuthorizationCode,
  verifyPkce,
  verifyRefreshToken,
} from './token-verification';

const toSeconds = (ms: number) => Math.floor(ms / 1000);

interface SignOptions {
  tenantId: string;
  audience: string;
  subject: string;
  lifetime: number;
  now: number;
}

/** Entra's `uti`: a unique id per token, so two tokens minted in the same second differ. */
const uniqueTokenId = () => base64url.encode(crypto.getRandomValues(new Uint8Array(16)));

function sign(claims: JWTPayload, o: SignOptions): Promise<string> {
  const iat = toSeconds(o.now);
  return new SignJWT({ ...claims, uti: uniqueTokenId() })
    .setProtectedHeader({ alg: signingAlgorithm, typ: 'JWT' })
    .setIssuer(issuerFor(o.tenantId))
    .setAudience(o.audience)
    .setSubject(o.subject)
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(iat + o.lifetime)
    .sign(signingKey);
}

export function mintAuthorizationCode(
  input: AuthorizationCodeInput,
  now = Date.now(),
): Promise<string> {
  const claims = {
    use: 'code',
    jti: crypto.randomUUID(),
    tid: input.tenantId,
    redirect_uri: input.redirectUri,
    nonce: input.nonce,
    code_challenge: input.codeChallenge,
    code_challenge_method: input.codeChallengeMethod,
    scope: input.scope,
  };
  return sign(claims, {
    tenantId: input.tenantId,
    audience: input.clientId,
    subject: input.userId,
    lifetime: lifetimes.authorizationCode,
    now,
  });
}

export async function mintTokenResponse(
  input: { user: DirectoryUser; clientId: string; nonce?: string; scope: string },
  now = Date.now(),
): Promise<TokenResponse> {
  const { user, clientId } = input;
  const apiScopes = grantedApiScopes(input.scope);
  const identity = {
    oid: user.id,
    tid: user.tenantId,
    name: user.displayName,
    preferred_username: user.upn,
    ver: '2.0',
  };
  const base = { tenantId: user.tenantId, subject: user.id, now };
  const idToken = sign(input.nonce === undefined ? identity : { ...identity, nonce: input.nonce }, {
    ...base,
    audience: clientId,
    lifetime: lifetimes.idToken,
  });
  const accessToken = sign(
    {
      ...identity,
      azp: clientId,
      azpacr: '0',
      scp: apiScopes.map((s) => s.slice(apiAudience.length + 1)).join(' '),
      wids: user.directoryRoles.map((role) => directoryRoleTemplateIds[role]),
    },
    { ...base, audience: apiAudience, lifetime: lifetimes.accessToken },
  );
  const refreshToken = sign(
    { use: 'refresh', tid: user.tenantId, scope: input.scope },
    { ...base, audience: clientId, lifetime: lifetimes.refreshToken },
  );
  return {
    token_type: 'Bearer',
    scope: apiScopes.join(' '),
    expires_in: lifetimes.accessToken,
    ext_expires_in: lifetimes.accessToken,
    refresh_token_expires_in: lifetimes.refreshToken,
    access_token: await accessToken,
    id_token: await idToken,
    refresh_token: await refreshToken,
    client_info: encodeClientInfo(user.id, user.tenantId),
  };
}
