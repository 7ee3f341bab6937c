/**
 * The mock identity provider's signing key and issuer. HS256 with a fixed secret: tokens minted
 * before a page reload still verify after it, and the demo needs no key distribution (the mock
 * backend that verifies them runs in the same page). Not a secret in any sense: demo builds only.
 */
export const signingAlgorithm = 'HS256';

const secret = 'vigil-demo-mock-entra-id-signing-key-v1-not-a-secret!';

/**
 * Key bytes built with `Uint8Array.from`, not `TextEncoder`: under jsdom, TextEncoder returns a
 * Uint8Array from another realm, which jose rejects as a key.
 */
export const signingKey: Uint8Array = Uint8Array.from(secret, (c) => c.charCodeAt(0));

/** The host MSAL talks to; kept as the production authority host (CONVENTIONS §5). */
export const identityHost = 'https://login.microsoftonline.com';

/** Entra ID v2.0 issuer of a tenant's tokens. */
export function issuerFor(tenantId: string): string {
  return `${identityHost}/${tenantId}/v2.0`;
}

/** Audience of Vigil API access tokens (the API's application id URI). */
export const apiAudience = 'api://vigil';

/** Token lifetimes, in seconds. MSAL renews 300 s before expiry, so tokens must live longer. */
export const lifetimes = {
  authorizationCode: 10 * 60,
  accessToken: 60 * 60,
  idToken: 60 * 60,
  /** Entra ID gives single-page apps refresh tokens with a fixed 24-hour lifetime. */
  refreshToken: 24 * 60 * 60,
} as const;
