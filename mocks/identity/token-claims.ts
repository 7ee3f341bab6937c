import { base64url } from 'jose';
import { apiAudience } from './keys';

/** Types, errors and small encoders shared by token minting and verification. */

export type TokenErrorReason =
  'malformed' | 'bad-signature' | 'expired' | 'unknown-tenant' | 'unknown-user' | 'wrong-audience';

export class TokenError extends Error {
  readonly reason: TokenErrorReason;
  constructor(reason: TokenErrorReason, message: string) {
    super(message);
    this.name = 'TokenError';
    this.reason = reason;
  }
}

export interface AuthorizationCodeInput {
  userId: string;
  tenantId: string;
  clientId: string;
  redirectUri: string;
  nonce: string;
  codeChallenge: string;
  codeChallengeMethod: 'S256';
  scope: string;
}

export interface AuthorizationCodeClaims extends AuthorizationCodeInput {
  /** Unique per code, so the token endpoint can refuse a second redemption. */
  codeId: string;
}

export interface RefreshTokenClaims {
  userId: string;
  tenantId: string;
  clientId: string;
  scope: string;
}

/** What the mock backend needs from a verified access token. */
export interface AccessClaims {
  oid: string;
  tid: string;
  name: string;
  preferredUsername: string;
  /** Directory role template ids. */
  wids: string[];
}

/** The JSON body of a successful Entra ID token-endpoint response. */
export interface TokenResponse {
  token_type: 'Bearer';
  scope: string;
  expires_in: number;
  ext_expires_in: number;
  refresh_token_expires_in: number;
  access_token: string;
  id_token: string;
  refresh_token: string;
  client_info: string;
}

const oidcScopes = new Set(['openid', 'profile', 'offline_access', 'email']);
const defaultApiScope = `${apiAudience}/access_as_user`;

/** base64url(JSON {uid, utid}): the `client_info` Entra returns, from which MSAL keys its cache. */
export function encodeClientInfo(uid: string, utid: string): string {
  return base64url.encode(Uint8Array.from(JSON.stringify({ uid, utid }), (c) => c.charCodeAt(0)));
}

/** The Vigil API scopes granted for a requested scope string (OIDC scopes are not resource scopes). */
export function grantedApiScopes(scope: string): string[] {
  const requested = scope.split(/\s+/).filter((s) => s && !oidcScopes.has(s));
  const api = requested.filter((s) => s.startsWith(`${apiAudience}/`));
  return api.length > 0 ? api : [defaultApiScope];
}
