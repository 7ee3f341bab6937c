// The MSW service worker that demo builds and the dev server serve, with one change: requests the
// mock backend can never answer go straight to the network instead of through the page.
//
// MSW's worker hands every request of an active page to that page (a message to the main thread,
// where MSW matches it against every handler, then answers "pass through"; the worker fetches it
// and posts a copy of the response back). For the ~100 script files a signed-in page loads, that
// was ~1 s of main-thread work under Lighthouse, before the page could render. The mock backend
// answers only same-origin `/api/…` and the identity host (login.microsoftonline.com), so the
// worker now leaves every other same-origin request (scripts, styles, pages, the favicon) alone.
//
// The patch anchors on the worker's `fetch` listener: scripts/mock-service-worker.test.ts fails
// when an MSW update changes it. MSW's integrity check compares the version constants the worker
// declares, which the patch keeps.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Same-origin paths under this prefix may be mocked; nothing else on the origin is. */
export const mockedPathPrefix = '/api/';

const anchor = "addEventListener('fetch', function (event) {\n";

const bypass = `  // Vigil: on this origin the mock backend answers only ${mockedPathPrefix}…; anything else (the
  // app's scripts, styles and pages) goes to the network without a round trip through the page.
  const vigilUrl = new URL(event.request.url)
  if (
    vigilUrl.origin === self.location.origin &&
    !vigilUrl.pathname.startsWith(${JSON.stringify(mockedPathPrefix)})
  ) {
    return
  }

`;

/** The worker's source with the bypass inserted at the top of its fetch listener. */
export function patchWorker(source) {
  const at = source.indexOf(anchor);
  if (at < 0 || source.indexOf(anchor, at + 1) >= 0) {
    throw new Error(
      "mockServiceWorker.js: expected one `addEventListener('fetch', function (event) {` " +
        '(scripts/lib/mock-service-worker.mjs); has MSW changed its worker?',
    );
  }
  const end = at + anchor.length;
  return `${source.slice(0, end)}${bypass}${source.slice(end)}`;
}

/** The installed MSW's worker, patched. */
export function mockServiceWorkerSource() {
  const require = createRequire(import.meta.url);
  return patchWorker(readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8'));
}
