import { useEffect } from 'react';
import { paths } from '../../src/config/paths';
import { IdpLayout, headingStyle, textStyle } from './idp-layout';

/** How long "You signed out" stays on screen before returning to the app. */
export const signedOutRedirectDelayMs = 300;

/** `post_logout_redirect_uri` if it is on this origin (no open redirect), else the signed-out page. */
export function postLogoutTarget(search: string, origin: string): string {
  const requested = new URLSearchParams(search).get('post_logout_redirect_uri');
  if (requested) {
    try {
      const url = new URL(requested, origin);
      if (url.origin === origin) return url.toString();
    } catch {
      // Not a URL: fall through to the signed-out page.
    }
  }
  return new URL(paths.signedOut, origin).toString();
}

/** `/_mock-idp/logout`: Entra's "You signed out of your account", then back to the app. */
export function SignedOutCard(props: {
  search: string;
  origin: string;
  navigate: (url: string) => void;
}) {
  const { search, origin, navigate } = props;
  const target = postLogoutTarget(search, origin);

  useEffect(() => {
    const timer = window.setTimeout(() => navigate(target), signedOutRedirectDelayMs);
    return () => window.clearTimeout(timer);
  }, [navigate, target]);

  return (
    <IdpLayout title="Sign out">
      <h1 style={headingStyle}>You signed out of your account</h1>
      <p style={textStyle}>
        It’s a good idea to close all browser windows. Taking you back to Vigil…
      </p>
      <a className="idp-link" href={target}>
        Return to Vigil
      </a>
    </IdpLayout>
  );
}
