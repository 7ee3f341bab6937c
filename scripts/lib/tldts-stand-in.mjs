// Demo builds only: a small stand-in for `tldts` (the public suffix list, ~250 KB of JavaScript
// and 47 KB gzip, half of the mock backend's chunk), which MSW's cookie jar (tough-cookie) imports
// to tell a registrable domain from a public suffix. The mock backend sets no cookies and is asked
// only about 127.0.0.1, localhost and login.microsoftonline.com, for which the list's default rule
// (`*`: the right-most label is the suffix) gives the same answers. Every page of the demo parsed
// and ran the whole list at start-up, before the mock backend could answer.
//
// scripts/tldts-stand-in.test.ts fails when tough-cookie imports more than `getDomain` from tldts,
// or when the stand-in answers differently from the real list for the hosts Vigil uses.

/** tldts' API that tough-cookie imports, on top of tldts-core with the `*` rule only. */
export const standInSource = `import { getEmptyResult, parseImpl } from 'tldts-core';
function defaultRuleOnly(hostname, _options, out) {
  out.isIcann = false;
  out.isPrivate = false;
  const dot = hostname.lastIndexOf('.');
  out.publicSuffix = dot === -1 ? hostname : hostname.slice(dot + 1);
  return false;
}
export function getDomain(url, options) {
  return parseImpl(url, 3, defaultRuleOnly, options, getEmptyResult()).domain;
}
`;

const standInId = '\0vigil-tldts-stand-in.js';

/** @returns {import('vite').Plugin} */
export function tldtsStandIn() {
  return {
    name: 'vigil-tldts-stand-in',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (
        source === 'tldts' &&
        importer?.replace(/\\/g, '/').includes('/node_modules/tough-cookie/')
      )
        return standInId;
      return null;
    },
    async load(id) {
      if (id !== standInId) return null;
      return standInSource;
    },
  };
}
