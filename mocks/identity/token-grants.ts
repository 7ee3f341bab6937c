import type { Directory, DirectoryUser } from './directory';
import type { EntraError } from './entra-responses';
import {
  TokenError,
  mintTokenResponse,
  verifyAuthorizationCode,
  verifyPkce,
  verifyRefreshToken,
  type TokenResponse,
} from './tokens';

/**
 * The grants of the mock token endpoint (`POST /{tenant}/oauth2/v2.0/token`). Each returns the
 * token response or the Entra error (AADSTS code) the real service gives for the same mistake.
 */

export interface GrantContext {
  params: URLSearchParams;
  directory: Directory;
  /** Tenant named in the URL, or null for `common` / `organizations`. */
  tenantId: string | null;
  now: number;
  /** Ids of codes already redeemed: a code works once. */
  redeemedCodes: Set<string>;
}

export type GrantResult = { ok: true; body: TokenResponse } | { ok: false; error: EntraError };

const fail = (code: number, description: string, error = 'invalid_grant'): GrantResult => ({
  ok: false,
  error: { error, code, description },
});

export function missingParameter(name: string): EntraError {
  return {
    error: 'invalid_request',
    code: 900144,
    description: `The request body must contain the following parameter: '${name}'.`,
  };
}

function requireParams(params: URLSearchParams, names: string[]): EntraError | null {
  const missing = names.find((n) => !params.get(n));
  return missing ? missingParameter(missing) : null;
}

function findUser(
  ctx: GrantContext,
  userId: string,
  tenantId: string,
): DirectoryUser | GrantResult {
  if (ctx.tenantId !== null && ctx.tenantId !== tenantId) {
    return fail(
      700005,
      'Provided Authorization Code is intended to use against other tenant, thus rejected.',
    );
  }
  const user = ctx.directory.users.find((u) => u.id === userId && u.tenantId === tenantId);
  if (!user || !ctx.directory.tenants.some((t) => t.id === tenantId)) {
    return fail(50034, `The user account ${userId} does not exist in the ${tenantId} directory.`);
  }
  return user;
}

export async function authorizationCodeGrant(ctx: GrantContext): Promise<GrantResult> {
  const { params } = ctx;
  const missing = requireParams(params, ['client_id', 'code', 'redirect_uri']);
  if (missing) return { ok: false, error: missing };
  const verifier = params.get('code_verifier');
  if (!verifier) {
    return fail(
      9002325,
      'Proof Key for Code Exchange is required for cross-origin authorization code redemption.',
      'invalid_request',
    );
  }
  let code;
  try {
    code = await verifyAuthorizationCode(params.get('code') ?? '', ctx.now);
  } catch (e) {
    if (e instanceof TokenError && e.reason === 'expired') {
      return fail(
        70008,
        'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.',
      );
    }
    return fail(
      9002313,
      'Invalid request. Request is malformed or invalid. The provided authorization code is not valid.',
    );
  }
  if (ctx.redeemedCodes.has(code.codeId)) {
    return fail(
      54005,
      'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.',
    );
  }
  if (code.clientId !== params.get('client_id')) {
    return fail(70000, 'The provided authorization code was issued to a different client.');
  }
  if (code.redirectUri !== params.get('redirect_uri')) {
    return fail(
      50011,
      `The redirect URI '${params.get('redirect_uri')}' specified in the request does not match the redirect URI of the authorization request.`,
    );
  }
  if (!(await verifyPkce(verifier, code.codeChallenge))) {
    return fail(
      50148,
      'The code_verifier does not match the code_challenge supplied in the authorization request for PKCE.',
    );
  }
  const user = findUser(ctx, code.userId, code.tenantId);
  if ('ok' in user) return user;
  ctx.redeemedCodes.add(code.codeId);
  const body = await mintTokenResponse(
    { user, clientId: code.clientId, nonce: code.nonce, scope: params.get('scope') || code.scope },
    ctx.now,
  );
  return { ok: true, body };
}

export async function refreshTokenGrant(ctx: GrantContext): Promise<GrantResult> {
  const { params } = ctx;
  const missing = requireParams(params, ['client_id', 'refresh_token']);
  if (missing) return { ok: false, error: missing };
  let grant;
  try {
    grant = await verifyRefreshToken(params.get('refresh_token') ?? '', ctx.now);
  } catch (e) {
    if (e instanceof TokenError && e.reason === 'expired') {
      return fail(
        700084,
        'The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of 1.00:00:00, which cannot be extended. It is now expired and a new sign in request must be sent by the SPA to the sign in page.',
      );
    }
    return fail(
      9002313,
      'Invalid request. Request is malformed or invalid. The provided refresh token is not valid.',
    );
  }
  if (grant.clientId !== params.get('client_id')) {
    return fail(70000, 'The provided refresh token was issued to a different client.');
  }
  const user = findUser(ctx, grant.userId, grant.tenantId);
  if ('ok' in user) return user;
  const body = await mintTokenResponse(
    { user, clientId: grant.clientId, scope: params.get('scope') || grant.scope },
    ctx.now,
  );
  return { ok: true, body };
}
