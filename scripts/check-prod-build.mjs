// npm run check:prod, after `npm run build:prod`: (1) the production build carries no mock code;
// (2) the JavaScript needed to render the signed-in Sensors page fits the budget (README § Budgets).
// Usage: node scripts/check-prod-build.mjs [dist]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  formatTable,
  kb,
  pageCost,
  profilePageRoutes,
  sensorsPageRoutes,
  timelinePageRoutes,
} from './lib/bundle-size.mjs';

const dist = process.argv[2] ?? 'dist';
// Budget (README § Budgets): the check fails above it. e2e/bundle-budget.spec.ts makes sure the
// price covers every script the page loads when it opens.
const BUDGET_KB = 260;
// An entity profile (README § Budgets), priced the same way.
const PROFILE_BUDGET_KB = 300;
// The security alerts timeline (README § Budgets), priced the same way.
const TIMELINE_BUDGET_KB = 300;
const failures = [];
const warnings = [];

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`✗ ${dist}/index.html does not exist: run npm run build:prod first.`);
  process.exit(1);
}

// 1. No mock code. Markers are strings that exist only in the mock backend (MSW and its service
// worker, the mock store), the mock identity provider and its sign-in page, or the demo menu, and
// that survive minification (string literals, export names of lazily imported modules).
const markers = [
  'mockServiceWorker',
  'setupWorker',
  'msw', // matched as a whole word
  '_mock-idp',
  '/api/demo',
  'MockIdentityPage',
  'createScenarioState', // minified away in builds; catches an unminified build
  'startMockBackend',
  'vigil-demo', // the mock store's IndexedDB database
  'Pick an account', // mock sign-in page
  'Microsoft Entra ID (simulated)',
  'Reset demo data', // demo menu
  'Injected by the Demo menu', // fault injection
];
// The demo token-signing secret, read from its source so that it cannot drift.
const keysFile = 'mocks/identity/keys.ts';
const secretNote = 'demo signing secret';
let secret;
if (existsSync(keysFile)) {
  secret = /\bsecret\w*\s*(?::\s*string\s*)?=\s*(['"`])([^'"`]{8,})\1/i.exec(
    readFileSync(keysFile, 'utf8'),
  )?.[2];
  if (secret) markers.push(secret);
  else
    warnings.push(
      `could not find the signing secret literal in ${keysFile}: it is not checked (update the pattern here)`,
    );
}
// Demo-only path constants that sit, unused, in shared production modules (the `mockIdp` paths in
// src/config/paths.ts, `endpoints.demo` in src/api/endpoints.ts): strings, not code. A path literal
// that is an object property's value (`key:"/api/demo/x"`, or `key:e=>`/api/demo/x/${…}``) is
// tolerated and reported; any other occurrence of these markers (routing code such as
// startsWith("/_mock-idp/"), request code) fails. Better: keep them out of the production build.
const pathConstant = /(?::|=>)\s*([`'"])(\/(?:api\/demo|_mock-idp)(?:\/[\w.~-]*)*)(?:\1|\$\{)/g;
const count = (text, needle) => text.split(needle).length - 1;
const label = (marker) => (marker === secret ? secretNote : marker);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

if (existsSync(join(dist, 'mockServiceWorker.js')))
  failures.push(`${dist}/mockServiceWorker.js exists (the MSW service worker)`);
const toleratedSeen = new Map();
const files = walk(dist);
for (const file of files) {
  const text = readFileSync(file, 'latin1');
  for (const marker of markers) {
    if (marker === 'msw') {
      if (/\bmsw\b/i.test(text)) failures.push(`${file} contains mock code marker “msw”`);
      continue;
    }
    let hits = count(text, marker);
    if (hits === 0) continue;
    if (marker === '/api/demo' || marker === '_mock-idp') {
      for (const [, , literal] of text.matchAll(pathConstant)) {
        if (!literal.includes(marker)) continue;
        toleratedSeen.set(literal, [...new Set([...(toleratedSeen.get(literal) ?? []), file])]);
        hits -= 1;
      }
    }
    if (hits > 0) failures.push(`${file} contains mock code marker “${label(marker)}” (${hits}×)`);
  }
}
if (toleratedSeen.size) {
  warnings.push(
    `demo-only path constants present (tolerated, dead code): ${[...toleratedSeen.keys()].join(', ')} in ${[
      ...new Set([...toleratedSeen.values()].flat()),
    ].join(', ')}`,
  );
}
// A marker that is not in the demo build detects nothing: say so, so the list is kept current.
if (existsSync('dist-demo/index.html') && dist !== 'dist-demo') {
  const demoText = walk('dist-demo')
    .map((f) => readFileSync(f, 'latin1'))
    .join('\n');
  const absent = markers.filter(
    (m) =>
      m !== 'createScenarioState' &&
      (m === 'msw' ? !/\bmsw\b/i.test(demoText) : !demoText.includes(m)),
  );
  if (absent.length)
    warnings.push(
      `marker(s) not found in dist-demo/ either (stale demo build or stale marker?): ${absent.map(label).join(', ')}`,
    );
}

// 2. Bundle budget for the signed-in Sensors page.
let cost;
try {
  cost = pageCost(dist, sensorsPageRoutes);
} catch (error) {
  failures.push(`cannot price the Sensors page: ${error.message}`);
}
if (cost) {
  console.log(`JavaScript needed to render the signed-in Sensors page (${dist}/, gzip level 9):`);
  console.log(formatTable(cost, { budgetKB: BUDGET_KB }));
  if (cost.htmlOnly.length)
    warnings.push(
      `index.html loads chunks the manifest closure missed (counted): ${cost.htmlOnly.join(', ')}`,
    );
  if (cost.gzip > BUDGET_KB * 1024) {
    failures.push(
      `Sensors page needs ${kb(cost.gzip)} KB gzip, ${kb(cost.gzip - BUDGET_KB * 1024)} KB over its ${BUDGET_KB} KB budget: ` +
        'load what opens on a click lazily, or find the growth in the table above',
    );
  }
}

// 3. Bundle budget for an entity profile (a user's; computers and groups share its chunks).
let profileCost;
try {
  profileCost = pageCost(dist, profilePageRoutes);
} catch (error) {
  failures.push(`cannot price the profile page: ${error.message}`);
}
if (profileCost) {
  console.log(`\nJavaScript needed to render a signed-in user profile (${dist}/, gzip level 9):`);
  console.log(formatTable(profileCost, { budgetKB: PROFILE_BUDGET_KB, page: 'Profile page' }));
  if (profileCost.gzip > PROFILE_BUDGET_KB * 1024) {
    failures.push(
      `The profile page needs ${kb(profileCost.gzip)} KB gzip, ${kb(profileCost.gzip - PROFILE_BUDGET_KB * 1024)} KB over its ${PROFILE_BUDGET_KB} KB budget: ` +
        'load what opens on a click lazily, or find the growth in the table above',
    );
  }
}

// 4. Bundle budget for the security alerts timeline.
let timelineCost;
try {
  timelineCost = pageCost(dist, timelinePageRoutes);
} catch (error) {
  failures.push(`cannot price the timeline page: ${error.message}`);
}
if (timelineCost) {
  console.log(
    `\nJavaScript needed to render the signed-in security alerts timeline (${dist}/, gzip level 9):`,
  );
  console.log(formatTable(timelineCost, { budgetKB: TIMELINE_BUDGET_KB, page: 'Timeline page' }));
  if (timelineCost.gzip > TIMELINE_BUDGET_KB * 1024) {
    failures.push(
      `The timeline page needs ${kb(timelineCost.gzip)} KB gzip, ${kb(timelineCost.gzip - TIMELINE_BUDGET_KB * 1024)} KB over its ${TIMELINE_BUDGET_KB} KB budget: ` +
        'load what opens on a click lazily, or find the growth in the table above',
    );
  }
}

console.log(`\nScanned ${files.length} files in ${dist}/ for ${markers.length} mock code markers.`);
for (const w of warnings) console.warn(`! ${w}`);
if (failures.length) {
  for (const f of failures) console.error(`✗ ${f}`);
  process.exit(1);
}
console.log(
  `✓ No mock code in ${dist}/; Sensors page ${kb(cost.gzip)} KB gzip (budget ${BUDGET_KB} KB); ` +
    `profile page ${kb(profileCost.gzip)} KB gzip (budget ${PROFILE_BUDGET_KB} KB); ` +
    `timeline page ${kb(timelineCost.gzip)} KB gzip (budget ${TIMELINE_BUDGET_KB} KB).`,
);
