import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDomain as realGetDomain } from 'tldts';
import * as tldtsCore from 'tldts-core';
import { describe, expect, it } from 'vitest';
import { standInSource } from './lib/tldts-stand-in.mjs';

const require = createRequire(import.meta.url);

/** The stand-in as the build loads it, run with the real tldts-core. */
function standIn(): typeof realGetDomain {
  const imports = "import { getEmptyResult, parseImpl } from 'tldts-core';";
  expect(standInSource).toContain(imports);
  const body = standInSource.replace(imports, '').replace('export function', 'function');
  return new Function('getEmptyResult', 'parseImpl', `${body}\nreturn getDomain;`)(
    tldtsCore.getEmptyResult,
    tldtsCore.parseImpl,
  ) as typeof realGetDomain;
}

describe('the tldts stand-in (demo builds: MSW cookie jar without the public suffix list)', () => {
  it('tough-cookie imports only getDomain from tldts', () => {
    const cookieJar = readFileSync(
      join(dirname(require.resolve('tough-cookie')), 'index.js'),
      'utf8',
    );
    const imports = [...cookieJar.matchAll(/import\s*\{([^}]*)\}\s*from\s*["']tldts["']/g)];
    expect(imports.map((m) => m[1]!.trim())).toEqual(['getDomain']);
    expect(cookieJar).not.toMatch(/from\s*["']tldts\/|import\s+\w+\s+from\s*["']tldts["']/);
  });

  it('answers as the real list does for the hosts the mock backend is asked about', () => {
    const getDomain = standIn();
    const options = { allowIcannDomains: true, allowPrivateDomains: true };
    for (const host of [
      '127.0.0.1',
      'localhost',
      'login.microsoftonline.com',
      'microsoftonline.com',
      'contoso.com',
      'dc01.contoso.local',
    ])
      expect(getDomain(host, options), host).toBe(realGetDomain(host, options));
  });
});
