import { useState, type CSSProperties, type JSX } from 'react';
import { paths } from '../../src/config/paths';
import {
  authorizeResponseUrl,
  parseAuthorizeRequest,
  type AuthorizeRequest,
} from './authorize-request';
import type { Directory, DirectoryUser } from './directory';
import { IdpLayout, colors, headingStyle, textStyle } from './idp-layout';
import { SignedOutCard } from './sign-out-page';
import { encodeClientInfo, mintAuthorizationCode } from './tokens';

/**
 * The demo identity provider's pages, rendered for `/_mock-idp/*` in demo builds. They run without
 * MSAL or MsalProvider: MSAL on this page would find no response and wipe the PKCE request it
 * stored before redirecting here.
 */

export interface MockIdentityPageProps {
  directory: Directory;
  /** How to leave the page; `location.replace` by default (tests pass a spy). */
  navigate?: (url: string) => void;
}

const leave = (url: string) => window.location.replace(url);

export function MockIdentityPage({
  directory,
  navigate = leave,
}: MockIdentityPageProps): JSX.Element {
  const { pathname, search, origin } = window.location;
  if (pathname === paths.mockIdp.authorize) {
    const parsed = parseAuthorizeRequest(search, origin);
    if (!parsed.ok) return <RequestErrorCard problems={parsed.problems} />;
    return <AccountPicker directory={directory} request={parsed.request} navigate={navigate} />;
  }
  if (pathname === paths.mockIdp.logout) {
    return <SignedOutCard search={search} origin={origin} navigate={navigate} />;
  }
  return (
    <IdpLayout title="Page not found">
      <h1 style={headingStyle}>This page doesn’t exist</h1>
      <p style={textStyle}>
        The demo identity provider has a sign-in page and a sign-out page only.
      </p>
      <a className="idp-link" href={paths.signedOut}>
        Go to Vigil
      </a>
    </IdpLayout>
  );
}

function RequestErrorCard({ problems }: { problems: string[] }) {
  return (
    <IdpLayout title="Sign in to your account">
      <h1 style={headingStyle}>Sorry, but we’re having trouble signing you in</h1>
      <p style={textStyle}>The sign-in request from the app is not valid:</p>
      <ul
        role="list"
        aria-label="Problems with the request"
        style={{ ...textStyle, color: colors.error, paddingLeft: 20 }}
      >
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <a className="idp-link" href={paths.signedOut}>
        Go back to Vigil and sign in again
      </a>
    </IdpLayout>
  );
}

const accountStyle: CSSProperties = {
  display: 'flex',
  alignItems: 'center',
  gap: 12,
  width: '100%',
  padding: '12px 8px',
  border: 'none',
  borderTop: `1px solid ${colors.border}`,
  font: 'inherit',
  color: colors.text,
  textAlign: 'left',
  cursor: 'pointer',
};

const avatarStyle: CSSProperties = {
  flex: '0 0 40px',
  height: 40,
  borderRadius: '50%',
  background: '#e1dfdd',
  color: colors.text,
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  fontWeight: 600,
};

const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();

function AccountPicker(props: {
  directory: Directory;
  request: AuthorizeRequest;
  navigate: (url: string) => void;
}) {
  const { directory, request, navigate } = props;
  const [busyUserId, setBusyUserId] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const accounts = directory.users.filter((u) => u.demoAccount);
  const tenantName = (u: DirectoryUser) =>
    directory.tenants.find((t) => t.id === u.tenantId)?.name ?? u.tenantId;

  async function pick(user: DirectoryUser) {
    setBusyUserId(user.id);
    setFailure(null);
    try {
      const code = await mintAuthorizationCode({
        userId: user.id,
        tenantId: user.tenantId,
        clientId: request.clientId,
        redirectUri: request.redirectUri,
        nonce: request.nonce,
        codeChallenge: request.codeChallenge,
        codeChallengeMethod: request.codeChallengeMethod,
        scope: request.scope,
      });
      navigate(
        authorizeResponseUrl(request, {
          code,
          clientInfo: encodeClientInfo(user.id, user.tenantId),
          sessionState: crypto.randomUUID(),
        }),
      );
    } catch (e) {
      setBusyUserId(null);
      setFailure(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <IdpLayout title="Sign in to your account">
      <h1 style={headingStyle}>Pick an account</h1>
      <p style={textStyle}>to continue to Vigil</p>
      <ul
        role="list"
        aria-label="Demo accounts"
        style={{ listStyle: 'none', margin: 0, padding: 0 }}
      >
        {accounts.map((user) => (
          <li key={user.id}>
            <button
              type="button"
              className="idp-account"
              style={accountStyle}
              disabled={busyUserId !== null}
              aria-describedby={`idp-detail-${user.id}`}
              onClick={() => void pick(user)}
            >
              <span style={avatarStyle} aria-hidden="true">
                {initials(user.displayName)}
              </span>
              <span style={{ display: 'flex', flexDirection: 'column', minWidth: 0 }}>
                <span style={{ display: 'block', fontWeight: 600 }}>{user.displayName}</span>{' '}
                <span style={{ display: 'block', fontSize: 13, color: colors.secondary }}>
                  {user.upn}
                </span>
              </span>
            </button>
            <span id={`idp-detail-${user.id}`} hidden>
              {`${user.jobTitle}, ${tenantName(user)}`}
            </span>
          </li>
        ))}
      </ul>
      <p
        role="status"
        style={{
          ...textStyle,
          minHeight: 22,
          marginTop: 12,
          color: failure ? colors.error : colors.secondary,
        }}
      >
        {failure ? `Sign-in failed: ${failure}` : busyUserId ? 'Signing you in…' : ''}
      </p>
      <div style={{ borderTop: `1px solid ${colors.border}`, paddingTop: 12 }}>
        <p style={{ ...textStyle, fontWeight: 600, margin: '0 0 4px' }}>Use another account</p>
        <p style={{ ...textStyle, fontSize: 13, color: colors.secondary, margin: 0 }}>
          This is the demo identity provider: it signs you in as one of the demo accounts above,
          without a password. A real deployment signs in with your organisation’s Microsoft Entra
          ID.
        </p>
      </div>
    </IdpLayout>
  );
}
