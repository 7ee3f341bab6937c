// Builds only: leaves out the parts of @azure/msal-browser that Vigil never runs (~12 KB gzip on
// every page). Vigil signs in with redirects (src/lib/auth/msal-session.ts): it never opens a
// popup, and it never enables the platform broker (`system.allowPlatformBroker`, off by default),
// so MSAL never creates a broker provider and every broker path is skipped. MSAL's
// StandardController imports those clients statically, so a bundler can't drop them by itself:
// this plugin loads small stand-ins in their place. A stand-in that is reached anyway throws an
// error that says why, instead of failing silently.
//
// The module paths are MSAL's internal layout: scripts/msal-redirect-only.test.ts fails when an
// MSAL update moves them or changes what they export, and check:prod would show the size jump.

/** MSAL module (under @azure/msal-browser/dist/) → the stand-in's source. */
export const standIns = {
  'interaction_client/PopupClient.mjs': `export class PopupClient {
  constructor() { throw new Error(${JSON.stringify(unsupported('MSAL popup sign-in'))}); }
}`,
  'interaction_client/PlatformAuthInteractionClient.mjs': `export class PlatformAuthInteractionClient {
  constructor() { throw new Error(${JSON.stringify(unsupported('the MSAL platform broker'))}); }
}`,
  // Only asked for a provider when the platform broker is allowed: never, but answer "none".
  'broker/nativeBroker/PlatformAuthExtensionHandler.mjs': `export const PlatformAuthExtensionHandler = {
  async createProvider() { return undefined; },
};`,
  'broker/nativeBroker/PlatformAuthDOMHandler.mjs': `export const PlatformAuthDOMHandler = {
  async createProvider() { return undefined; },
};`,
};

function unsupported(what) {
  return `${what} is left out of Vigil's build: Vigil signs in with redirects only (scripts/lib/msal-redirect-only.mjs).`;
}

const DIST = '/@azure/msal-browser/dist/';

/** The stand-in for a resolved module id, or null. */
export function standInFor(id) {
  const normalized = id.split('?')[0].replace(/\\/g, '/');
  const at = normalized.lastIndexOf(`/node_modules${DIST}`);
  if (at < 0) return null;
  return standIns[normalized.slice(at + `/node_modules${DIST}`.length)] ?? null;
}

export function msalRedirectOnly() {
  return {
    name: 'vigil-msal-redirect-only',
    apply: 'build',
    load: {
      filter: { id: /[\\/]@azure[\\/]msal-browser[\\/]dist[\\/]/ },
      handler(id) {
        return standInFor(id);
      },
    },
  };
}
