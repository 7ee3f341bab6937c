// Run after `npm run build:prod`: the production build must carry no mock code, and the
// JavaScript needed to render the signed-in Sensors page must fit the budget (README § Budgets).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { kb, pageCost, sensorsPageRoutes } from './lib/bundle-size.mjs';

const dist = process.argv[2] ?? 'dist';
// The target is 260 KB (README § Budgets), not met yet: ~307 KB measured. The ceiling stops growth
// while the remaining cuts (README) are made; lower it as they land.
const TARGET_KB = 260;
const BUDGET_KB = 310;
const failures = [];

// 1. No mock code: string literals that survive minification and exist only in the mock backend
// (MSW, the mock store), the mock sign-in page, or the demo menu. Route and endpoint path strings
// (e.g. /_mock-idp/authorize in src/config/paths.ts) are configuration, not code, and may remain.
const markers = [
  'mockServiceWorker',
  'setupWorker',
  'msw',
  'vigil-demo', // the mock store's IndexedDB database
  'Pick an account', // mock sign-in page
  'Microsoft Entra ID (simulated)',
  'Reset demo data', // demo menu
  'Injected by the Demo menu', // fault injection
];
const keysFile = 'mocks/identity/keys.ts';
if (existsSync(keysFile)) {
  const secret = /const secret = '([^']+)'/.exec(readFileSync(keysFile, 'utf8'))?.[1];
  if (secret) markers.push(secret);
}
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
if (!existsSync(dist)) {
  console.error(`${dist}/ does not exist: run npm run build:prod first.`);
  process.exit(1);
}
if (existsSync(join(dist, 'mockServiceWorker.js'))) failures.push(`${dist}/mockServiceWorker.js exists`);
for (const file of walk(dist).filter((f) => /\.(js|html|css|json)$/.test(f))) {
  const text = readFileSync(file, 'utf8');
  for (const marker of markers) {
    // "msw" as a word only, so that it doesn't match inside unrelated identifiers.
    const found = marker === 'msw' ? /\bmsw\b/.test(text) : text.includes(marker);
    if (found) failures.push(`${file} contains mock code marker “${marker.length > 20 ? `${marker.slice(0, 6)}…` : marker}”`);
  }
}

// 2. Bundle budget for the signed-in Sensors page.
const cost = pageCost(dist, sensorsPageRoutes);
console.log('JavaScript needed for the signed-in Sensors page (production build):');
for (const chunk of cost.chunks) {
  console.log(`  ${chunk.file.padEnd(48)} ${kb(chunk.raw).padStart(8)} KB raw ${kb(chunk.gzip).padStart(7)} KB gzip`);
}
console.log(`  ${'total'.padEnd(48)} ${kb(cost.raw).padStart(8)} KB raw ${kb(cost.gzip).padStart(7)} KB gzip (ceiling ${BUDGET_KB} KB, target ${TARGET_KB} KB)`);
if (cost.gzip > TARGET_KB * 1024) console.warn(`! ${kb(cost.gzip - TARGET_KB * 1024)} KB gzip over the ${TARGET_KB} KB target.`);
if (cost.gzip > BUDGET_KB * 1024) failures.push(`Sensors page needs ${kb(cost.gzip)} KB gzip, over the ${BUDGET_KB} KB budget`);

if (failures.length) {
  for (const f of failures) console.error(`✗ ${f}`);
  process.exit(1);
}
console.log(`✓ No mock code in ${dist}/; Sensors page within budget.`);
