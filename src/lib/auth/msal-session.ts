import {
  AuthError,
  BrowserCacheLocation,
  CacheLookupPolicy,
  InteractionRequiredAuthErrorCodes,
  PublicClientApplication,
  type AccountInfo,
  type Configuration,
} from '@azure/msal-browser';
import type { Env } from '@/config/env';
import { paths } from '@/config/paths';
import type { AuthSession, SignedInAccount } from './auth-session';
import type { INavigationClient } from '@azure/msal-browser';

/**
 * The real MSAL session: authorization code + PKCE by redirect, tokens cached in localStorage so a
 * reload keeps the user signed in. In demo builds the same code runs against the mock Entra ID: the
 * navigation client sends the authorize/logout redirects to the mock pages and the MSW worker
 * answers the token endpoint (start it before calling this).
 */

/**
 * Error codes after which only the user can help (sign in again). `invalid_grant` is a server
 * error, not an InteractionRequiredAuthError, when the refresh token is rejected and no silent
 * iframe renewal is tried (the demo never tries one).
 */
const interactionRequiredCodes = new Set<string>([
  ...Object.values(InteractionRequiredAuthErrorCodes),
  'invalid_grant',
]);

export class SignedOutError extends Error {
  constructor() {
    super('Not signed in');
    this.name = 'SignedOutError';
  }
}

export function requiresInteraction(error: unknown): boolean {
  return error instanceof AuthError && interactionRequiredCodes.has(error.errorCode);
}

export function toSignedInAccount(account: AccountInfo): SignedInAccount {
  const oid = account.idTokenClaims?.oid;
  return {
    oid: typeof oid === 'string' && oid ? oid : account.localAccountId,
    tenantId: account.tenantId,
    name: account.name ?? account.username,
    username: account.username,
  };
}

export function msalConfiguration(
  env: Env,
  origin: string,
  navigationClient?: INavigationClient,
): Configuration {
  return {
    auth: {
      clientId: env.auth.clientId,
      authority: env.auth.authority,
      redirectUri: `${origin}/`,
      postLogoutRedirectUri: `${origin}/`,
    },
    cache: { cacheLocation: BrowserCacheLocation.LocalStorage },
    // Redirects only, never the platform broker: builds leave MSAL's popup and broker clients out
    // (scripts/lib/msal-redirect-only.mjs).
    system: { allowPlatformBroker: false, ...(navigationClient ? { navigationClient } : {}) },
  };
}

export async function createMsalSession(env: Env): Promise<AuthSession> {
  const origin = window.location.origin;
  // Demo builds only (statically false in production builds, so the client isn't even bundled).
  const navigationClient =
    import.meta.env.VITE_DEMO === 'true' && env.demo
      ? new (await import('./demo-navigation-client')).DemoNavigationClient(origin)
      : undefined;
  const pca = new PublicClientApplication(msalConfiguration(env, origin, navigationClient));
  await pca.initialize();
  const result = await pca.handleRedirectPromise();
  const initial = result?.account ?? pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? null;
  pca.setActiveAccount(initial);

  const scopes = [env.auth.apiScope];
  // Hidden-iframe renewal ignores the navigation client, so the demo must never fall back to it.
  const cacheLookupPolicy = env.demo
    ? CacheLookupPolicy.AccessTokenAndRefreshToken
    : CacheLookupPolicy.Default;
  let redirecting: Promise<never> | null = null;

  /** Starts one interactive sign-in; concurrent callers share it. Never resolves: the page unloads. */
  function redirectToSignIn(account: AccountInfo | null): Promise<never> {
    redirecting ??= (async () => {
      await pca.acquireTokenRedirect({ scopes, ...(account ? { account } : {}) });
      throw new Error('The sign-in redirect did not leave the page.');
    })();
    return redirecting;
  }

  async function acquire(forceRefresh: boolean): Promise<string> {
    const account = pca.getActiveAccount();
    // Signed out: fail the call. Route guards send the user to the start page; a request must
    // never start an interactive sign-in by itself (child loaders run beside the guards).
    if (!account) throw new SignedOutError();
    try {
      const token = await pca.acquireTokenSilent({
        scopes,
        account,
        forceRefresh,
        cacheLookupPolicy,
      });
      return token.accessToken;
    } catch (error) {
      if (requiresInteraction(error)) return redirectToSignIn(account);
      throw error;
    }
  }

  return {
    get account() {
      const account = pca.getActiveAccount();
      return account ? toSignedInAccount(account) : null;
    },
    getAccessToken: () => acquire(false),
    refreshAccessToken: () => acquire(true),
    async signIn() {
      await pca.loginRedirect({ scopes });
    },
    async signOut() {
      const account = pca.getActiveAccount();
      await pca.logoutRedirect({
        ...(account ? { account } : {}),
        postLogoutRedirectUri: new URL(paths.signedOut, origin).toString(),
      });
    },
  };
}
