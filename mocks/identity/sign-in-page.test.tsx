import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { base64url } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paths } from '../../src/config/paths';
import { demoUserIds, seedDirectory, tenantIds } from './directory';
import { MockIdentityPage } from './sign-in-page';
import { verifyAuthorizationCode } from './tokens';

const challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
const msalState = 'eyJpZCI6IjAxOGY0YjJlIiwibWV0YSI6eyJpbnRlcmFjdGlvblR5cGUiOiJyZWRpcmVjdCJ9fQ==|';

function authorizeQuery(overrides: Record<string, string | null> = {}) {
  const params: Record<string, string | null> = {
    client_id: 'app-1',
    scope: 'api://vigil/access_as_user openid profile offline_access',
    redirect_uri: `${window.location.origin}/`,
    'client-request-id': 'corr-1',
    response_mode: 'fragment',
    response_type: 'code',
    client_info: '1',
    nonce: 'nonce-1',
    state: msalState,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...overrides,
  };
  return new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => e[1] !== null),
  ).toString();
}

function open(path: string) {
  window.history.replaceState(null, '', path);
  const navigate = vi.fn<(url: string) => void>();
  render(<MockIdentityPage directory={seedDirectory()} navigate={navigate} />);
  return navigate;
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('sign-in page', () => {
  it('lists the demo accounts, and only those', () => {
    open(`${paths.mockIdp.authorize}?${authorizeQuery()}`);
    expect(screen.getByRole('heading', { name: 'Pick an account' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /Adele Vance\s*admin@contoso\.com/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /Diego Siciliani\s*admin@fabrikam\.com/ }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('button')).toHaveLength(5);
    expect(screen.queryByText('Isaiah Langer')).not.toBeInTheDocument();
    expect(screen.getByText(/this is the demo identity provider/i)).toBeInTheDocument();
  });

  it('returns a code, client_info, the untouched state and session_state in the fragment', async () => {
    const navigate = open(`${paths.mockIdp.authorize}?${authorizeQuery()}`);
    await userEvent.click(screen.getByRole('button', { name: /Megan Bowen/ }));
    await waitFor(() => expect(navigate).toHaveBeenCalledOnce());
    const url = new URL(navigate.mock.calls[0]![0]);
    expect(`${url.origin}${url.pathname}${url.search}`).toBe(`${window.location.origin}/`);
    const response = new URLSearchParams(url.hash.slice(1));
    expect([...response.keys()]).toEqual(['code', 'client_info', 'state', 'session_state']);
    expect(response.get('state')).toBe(msalState);
    const clientInfo = JSON.parse(
      new TextDecoder().decode(base64url.decode(response.get('client_info')!)),
    ) as unknown;
    expect(clientInfo).toEqual({ uid: demoUserIds.analyst, utid: tenantIds.contoso });
    expect(await verifyAuthorizationCode(response.get('code')!)).toMatchObject({
      userId: demoUserIds.analyst,
      clientId: 'app-1',
      redirectUri: `${window.location.origin}/`,
      nonce: 'nonce-1',
      codeChallenge: challenge,
    });
  });

  it('uses the query string when MSAL asks for response_mode=query, and works from the keyboard', async () => {
    const navigate = open(
      `${paths.mockIdp.authorize}?${authorizeQuery({ response_mode: 'query' })}`,
    );
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole('button', { name: /Adele Vance/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(navigate).toHaveBeenCalledOnce());
    const url = new URL(navigate.mock.calls[0]![0]);
    expect(url.hash).toBe('');
    expect(url.searchParams.get('state')).toBe(msalState);
    expect(url.searchParams.get('code')).toBeTruthy();
  });

  it('explains an invalid request instead of listing accounts', () => {
    open(
      `${paths.mockIdp.authorize}?${authorizeQuery({ code_challenge: null, code_challenge_method: 'plain', redirect_uri: 'https://evil.example/' })}`,
    );
    expect(screen.getByRole('heading', { name: /trouble signing you in/ })).toBeInTheDocument();
    const problems = screen.getByRole('list', { name: 'Problems with the request' });
    expect(problems).toHaveTextContent('code_challenge');
    expect(problems).toHaveTextContent('S256');
    expect(problems).toHaveTextContent('AADSTS50011');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('sign-out page', () => {
  it('says you signed out, then returns to the same-origin post_logout_redirect_uri', async () => {
    const target = `${window.location.origin}/`;
    const navigate = open(
      `${paths.mockIdp.logout}?post_logout_redirect_uri=${encodeURIComponent(target)}&client-request-id=x`,
    );
    expect(
      screen.getByRole('heading', { name: 'You signed out of your account' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Return to Vigil' })).toHaveAttribute('href', target);
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(target));
  });

  it('never redirects to another origin', async () => {
    const navigate = open(
      `${paths.mockIdp.logout}?post_logout_redirect_uri=${encodeURIComponent('https://evil.example/')}`,
    );
    await waitFor(() =>
      expect(navigate).toHaveBeenCalledWith(`${window.location.origin}${paths.signedOut}`),
    );
  });
});
