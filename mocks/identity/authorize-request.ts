/**
 * The query string MSAL sends to `/oauth2/v2.0/authorize` (rewritten to the mock sign-in page), and
 * the redirect back to the app with the code, as Entra ID sends it.
 */

export interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  /** Where the response parameters go; OAuth's default for `response_type=code` is query. */
  responseMode: 'fragment' | 'query';
  state: string;
  nonce: string;
  scope: string;
  codeChallenge: string;
  codeChallengeMethod: 'S256';
  loginHint: string | null;
}

export type ParsedAuthorizeRequest =
  { ok: true; request: AuthorizeRequest } | { ok: false; problems: string[] };

/** base64url(sha256(verifier)) is always 43 characters. */
const s256Challenge = /^[A-Za-z0-9_-]{43}$/;

/**
 * Validates the request. The redirect URI must be on the page's own origin: the mock identity
 * provider only signs in to the app that serves it (Entra's "registered redirect URI" check).
 */
export function parseAuthorizeRequest(search: string, origin: string): ParsedAuthorizeRequest {
  const q = new URLSearchParams(search);
  const problems: string[] = [];
  const get = (name: string, what: string) => {
    const value = q.get(name);
    if (!value) problems.push(`The request has no ${name} (${what}).`);
    return value ?? '';
  };

  const clientId = get('client_id', 'the application id');
  const redirectUri = get('redirect_uri', 'where to return the code');
  if (redirectUri) {
    let redirectOrigin: string | null = null;
    try {
      redirectOrigin = new URL(redirectUri).origin;
    } catch {
      problems.push(`The redirect_uri '${redirectUri}' is not a valid URL.`);
    }
    if (redirectOrigin !== null && redirectOrigin !== origin) {
      problems.push(
        `AADSTS50011: The redirect URI '${redirectUri}' does not match the redirect URIs configured for the application (${origin}/).`,
      );
    }
  }
  const responseType = q.get('response_type');
  if (responseType !== 'code') {
    problems.push(
      `The response_type must be 'code' (authorization code flow), not '${responseType ?? ''}'.`,
    );
  }
  const codeChallenge = get('code_challenge', 'PKCE');
  if (codeChallenge && !s256Challenge.test(codeChallenge)) {
    problems.push('The code_challenge is not a base64url SHA-256 hash.');
  }
  const method = q.get('code_challenge_method');
  if (method !== 'S256') {
    problems.push(`The code_challenge_method must be 'S256', not '${method ?? ''}'.`);
  }
  const state = get('state', 'MSAL’s request state');
  const nonce = get('nonce', 'OpenID Connect replay protection');
  const scope = get('scope', 'the permissions requested');
  if (scope && !scope.split(/\s+/).includes('openid')) {
    problems.push(`The scope '${scope}' does not include 'openid'.`);
  }
  const responseMode = q.get('response_mode') ?? 'query';
  if (responseMode !== 'fragment' && responseMode !== 'query') {
    problems.push(
      `The response_mode '${responseMode}' is not supported by the demo identity provider (use fragment or query).`,
    );
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    request: {
      clientId,
      redirectUri,
      responseMode: responseMode === 'fragment' ? 'fragment' : 'query',
      state,
      nonce,
      scope,
      codeChallenge,
      codeChallengeMethod: 'S256',
      loginHint: q.get('login_hint'),
    },
  };
}

/** The redirect URI with `code`, `client_info`, the untouched `state` and `session_state`. */
export function authorizeResponseUrl(
  request: AuthorizeRequest,
  response: { code: string; clientInfo: string; sessionState: string },
): string {
  const params = new URLSearchParams({
    code: response.code,
    client_info: response.clientInfo,
    state: request.state,
    session_state: response.sessionState,
  });
  const url = new URL(request.redirectUri);
  if (request.responseMode === 'fragment') {
    url.hash = params.toString();
  } else {
    for (const [name, value] of params) url.searchParams.append(name, value);
  }
  return url.toString();
}
