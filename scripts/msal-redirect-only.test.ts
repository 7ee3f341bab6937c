import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { msalConfiguration } from '../src/lib/auth/msal-session';
import { standIns, standInFor } from './lib/msal-redirect-only.mjs';

// The installed MSAL's dist folder (its package.json "exports" hide the files themselves).
const require = createRequire(import.meta.url);
const dist = join(dirname(require.resolve('@azure/msal-browser/package.json')), 'dist');

const exportedNames = (source: string) =>
  [
    ...source.matchAll(/export\s*\{([^}]*)\}/g),
    ...source.matchAll(/export\s+(?:class|const|function)\s+(\w+)/g),
  ]
    .flatMap((m) => m[1]!.split(','))
    .map((name) =>
      name
        .trim()
        .split(/\s+as\s+/)
        .pop()!,
    )
    .filter(Boolean)
    .sort();

describe('MSAL stand-ins (builds leave out popup and platform-broker clients)', () => {
  it.each(Object.keys(standIns))('%s still exists in MSAL and exports the same names', (path) => {
    const real = readFileSync(join(dist, path), 'utf8');
    expect(exportedNames(standIns[path]!)).toEqual(exportedNames(real));
  });

  it('replaces only those modules', () => {
    expect(standInFor(`${dist}/interaction_client/PopupClient.mjs`)).toContain('class PopupClient');
    expect(standInFor(`${dist}/interaction_client/RedirectClient.mjs`)).toBeNull();
    expect(standInFor('/src/interaction_client/PopupClient.mjs')).toBeNull();
  });

  it('the stand-ins are safe because the portal never allows the platform broker', () => {
    const config = msalConfiguration(
      {
        auth: {
          clientId: 'c',
          authority: 'https://login.microsoftonline.com/organizations',
          apiScope: 's',
        },
      } as never,
      'http://localhost',
    );
    expect(config.system?.allowPlatformBroker).toBe(false);
    // MSAL creates a broker provider (the only way to reach the broker client) only when allowed.
    const controller = readFileSync(join(dist, 'controllers/StandardController.mjs'), 'utf8');
    expect(controller).toMatch(/if \(allowPlatformBroker\) \{[\s\S]{0,300}getPlatformAuthProvider/);
  });
});
