import { NavigationClient, type NavigationOptions } from '@azure/msal-browser';
import { paths } from '@/config/paths';

/**
 * Demo builds only. MSAL keeps the production authority (https://login.microsoftonline.com/…), and
 * this navigation client sends its two top-level navigations to the same-origin mock pages instead:
 * `…/oauth2/v2.0/authorize?q` → `/_mock-idp/authorize?q`, `…/oauth2/v2.0/logout?q` →
 * `/_mock-idp/logout?q`. Everything else passes through. Only redirect flows use a navigation
 * client: popups and silent iframes would still go to the real host.
 */

const identityOrigin = 'https://login.microsoftonline.com';
const endpointPath = /^\/[^/]+\/oauth2\/v2\.0\/(authorize|logout)\/?$/i;

export function rewriteToMockIdentityProvider(url: string, origin: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.origin !== identityOrigin) return url;
  const endpoint = endpointPath.exec(parsed.pathname)?.[1]?.toLowerCase();
  if (endpoint === 'authorize') return `${origin}${paths.mockIdp.authorize}${parsed.search}`;
  if (endpoint === 'logout') return `${origin}${paths.mockIdp.logout}${parsed.search}`;
  return url;
}

export class DemoNavigationClient extends NavigationClient {
  private readonly origin: string;

  constructor(origin: string = window.location.origin) {
    super();
    this.origin = origin;
  }

  override navigateExternal(url: string, options: NavigationOptions): Promise<boolean> {
    return super.navigateExternal(rewriteToMockIdentityProvider(url, this.origin), options);
  }
}
