import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { decodeJwt } from 'jose';
import { afterEach, beforeEach, expect, it, vi, type MockInstance } from 'vitest';
import type { Env } from '@/config/env';
import { paths } from '@/config/paths';
import { DemoNavigationClient } from '@/lib/auth/demo-navigation-client';
import { createMsalSession } from '@/lib/auth/msal-session';
import { demoUserIds, tenantIds } from '../../mocks/identity/directory';
import { MockIdentityPage } from '../../mocks/identity/sign-in-page';
import { verifyAccessToken } from '../../mocks/identity/tokens';
import { server } from '../../mocks/node';
import { store } from '../../mocks/store/store';

/**
 * The demo's sign-in, end to end in jsdom: the real MSAL (PublicClientApplication, redirect flow,
 * PKCE) against the mock Entra ID (sign-in page + MSW token endpoint). Page loads are simulated by
 * creating a new session after moving the URL, as main.tsx does on every load.
 */

const env: Env = {
  demo: true,
  auth: {
    clientId: '9b1c5c1e-5d1e-4c55-9a3e-7a1f0e6c2d41',
    authority: 'https://login.microsoftonline.com/organizations',
    apiScope: 'api://vigil/access_as_user',
  },
  apiBaseUrl: '',
};

type Navigate = (url: string, options: unknown) => Promise<boolean>;
let navigations: MockInstance<Navigate>;
const identityRequests: string[] = [];
const recordIdentityRequest = ({ request }: { request: Request }) => {
  if (request.url.startsWith('https://login.microsoftonline.com/')) {
    identityRequests.push(`${request.method} ${new URL(request.url).pathname}`);
  }
};

beforeEach(() => {
  // MSAL's own NavigationClient (the base class) would assign window.location; record instead.
  const msalNavigationClient = Object.getPrototypeOf(DemoNavigationClient.prototype) as {
    navigateExternal: Navigate;
  };
  navigations = vi
    .spyOn(msalNavigationClient, 'navigateExternal')
    .mockImplementation(() => new Promise<boolean>(() => {}));
  identityRequests.length = 0;
  server.events.on('request:start', recordIdentityRequest);
  window.history.replaceState(null, '', paths.signedOut);
});

afterEach(() => {
  navigations.mockRestore();
  server.events.removeListener('request:start', recordIdentityRequest);
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

/** Moves the (simulated) browser to `url`, same origin. */
function goTo(url: string) {
  const u = new URL(url);
  expect(u.origin).toBe(window.location.origin);
  window.history.replaceState(null, '', `${u.pathname}${u.search}${u.hash}`);
}

async function signInAs(name: RegExp) {
  const signedOut = await createMsalSession(env);
  expect(signedOut.account).toBeNull();
  void signedOut.signIn();
  await waitFor(() => expect(navigations).toHaveBeenCalledTimes(1));
  goTo(navigations.mock.calls[0]![0]);
  expect(window.location.pathname).toBe(paths.mockIdp.authorize);

  const leave = vi.fn<(url: string) => void>();
  render(<MockIdentityPage directory={store.state.directory} navigate={leave} />);
  await userEvent.click(screen.getByRole('button', { name }));
  await waitFor(() => expect(leave).toHaveBeenCalledOnce());
  cleanup();
  goTo(leave.mock.calls[0]![0]);
  return createMsalSession(env);
}

it('signs in through the mock sign-in page, renews, survives a reload and signs out', async () => {
  const session = await signInAs(/Adele Vance/);
  expect(session.account).toEqual({
    oid: demoUserIds.admin,
    tenantId: tenantIds.contoso,
    name: 'Adele Vance',
    username: 'admin@contoso.com',
  });
  expect(window.location.hash).toBe('');

  const token = await session.getAccessToken();
  const claims = await verifyAccessToken(token, { directory: store.state.directory });
  expect(claims.oid).toBe(demoUserIds.admin);
  const renewed = await session.refreshAccessToken();
  expect(renewed).not.toBe(token);
  expect(decodeJwt(renewed).oid).toBe(demoUserIds.admin);

  const afterReload = await createMsalSession(env);
  expect(afterReload.account?.username).toBe('admin@contoso.com');
  expect(await afterReload.getAccessToken()).toBe(renewed);

  void afterReload.signOut();
  await waitFor(() => expect(navigations).toHaveBeenCalledTimes(2));
  const logout = new URL(navigations.mock.calls[1]![0]);
  expect(logout.pathname).toBe(paths.mockIdp.logout);
  expect(logout.searchParams.get('post_logout_redirect_uri')).toBe(`${window.location.origin}/`);

  // MSAL's only requests to the identity host: code redemption and one refresh.
  expect(identityRequests).toEqual([
    'POST /organizations/oauth2/v2.0/token',
    'POST /organizations/oauth2/v2.0/token',
  ]);
});

it('sends the user back to the sign-in page when the refresh token is refused', async () => {
  const session = await signInAs(/Megan Bowen/);
  store.state.directory.users = store.state.directory.users.filter(
    (u) => u.id !== demoUserIds.analyst,
  );
  void session.refreshAccessToken();
  await waitFor(() => expect(navigations).toHaveBeenCalledTimes(2));
  const authorize = new URL(navigations.mock.calls[1]![0]);
  expect(authorize.pathname).toBe(paths.mockIdp.authorize);
  expect(authorize.searchParams.get('login_hint')).toBe('analyst@contoso.com');
});
