// Lateral movement paths bench (README § Budgets), against the demo build (dist-demo/) in the
// `large` scenario, in Debian's Chromium with a PerformanceObserver for long tasks: the profile of
// the user with the largest paths graph of 20 Nov 2026 (Grace Morris, 214 entities), then its
// Lateral movement paths tab: time from the click to every node drawn, the dagre layout's own time
// (the `paths-layout` User Timing measure), and the longest task meanwhile.
// Writes the `paths` key of bench/results.json (other keys kept). Ports: BENCH_PORT (4276),
// BENCH_DEBUG_PORT (9276). Usage: npm run build:demo && node scripts/bench-paths.mjs
// (npm run bench runs it after its own measurements).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './lib/chromium.mjs';
import {
  observeLongTasks,
  startPreview,
  takeLongTasks,
  waitForServer,
} from './lib/bench-browser.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4276);
const DEBUG_PORT = Number(process.env.BENCH_DEBUG_PORT ?? 9276);
const base = `http://127.0.0.1:${PORT}`;
/** Grace Morris in `large`: the largest paths graph of the scenario's first day (README § Demo entities). */
const ENTITY = 'u18823-11nt';
const DATE = '2026-11-20';

export const budgets = { layoutMs: 500, tabToGraphMs: 500, longestTaskMs: 50 };

async function measure(page) {
  const result = { entity: ENTITY, date: DATE };
  await page.goto(`${base}/?scenario=contoso`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: /admin@contoso\.com/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/_mock-idp') && u.pathname !== '/');
  await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor({ timeout: 30_000 });

  // The profile, in `large` (its clock starts on 20 Nov 2026); the tab shows once its paths are known.
  await page.goto(`${base}/users/${ENTITY}/activities?scenario=large`);
  const tab = page.getByRole('tab', { name: 'Lateral movement paths' });
  await tab.waitFor({ timeout: 60_000 });
  // Let the profile's own work settle, then measure the tab alone.
  await page.waitForTimeout(1500);
  await takeLongTasks(page);
  await page.evaluate(() => {
    performance.clearMeasures('paths-layout');
    window.__clickAt = performance.now();
  });
  await tab.click();
  const graph = page.getByRole('region', { name: /^Lateral movement paths graph/ });
  await graph.waitFor({ timeout: 60_000 });
  const label = await graph.getAttribute('aria-label');
  result.nodes = Number(/(\d+) entities/.exec(label ?? '')?.[1] ?? 0);
  result.edges = Number(/(\d+) steps/.exec(label ?? '')?.[1] ?? 0);
  await page.waitForFunction(
    (n) => document.querySelectorAll('.react-flow__node').length >= n,
    result.nodes,
    { timeout: 60_000 },
  );
  result.tabToGraphMs = Math.round(await page.evaluate(() => performance.now() - window.__clickAt));
  result.layoutMs = await page.evaluate(
    () =>
      Math.round(
        Math.max(0, ...performance.getEntriesByName('paths-layout').map((m) => m.duration)) * 10,
      ) / 10,
  );
  // Everything the tab renders (the table fills in after the graph), then the long tasks.
  await page.getByRole('table', { name: /Every path, step by step/ }).waitFor();
  await page.waitForTimeout(1500);
  result.tableRows = await page.locator('table tbody tr').count();
  result.tab = await takeLongTasks(page);
  // Selecting a node re-renders every node (highlight): also timed for long tasks.
  await graph
    .getByRole('button', { name: /^Highlight the neighbours of/ })
    .first()
    .click();
  await page.waitForTimeout(800);
  result.select = await takeLongTasks(page);
  return result;
}

export async function run() {
  if (!existsSync('dist-demo/index.html')) {
    console.error('✗ dist-demo/ is missing: npm run build:demo first.');
    return 1;
  }
  const server = startPreview(PORT);
  let browser;
  try {
    await waitForServer(base);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [...chromiumFlags, `--remote-debugging-port=${DEBUG_PORT}`],
    });
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.addInitScript(observeLongTasks);
    const result = await measure(page);
    const checks = {
      layout: result.layoutMs <= budgets.layoutMs,
      tabToGraph: result.tabToGraphMs <= budgets.tabToGraphMs,
      longestTask: Math.max(result.tab.longestMs, result.select.longestMs) <= budgets.longestTaskMs,
    };
    const pathsResult = {
      at: new Date().toISOString(),
      scenario: 'large',
      build: 'dist-demo',
      budgets,
      ...result,
      checks,
    };
    mkdirSync('bench', { recursive: true });
    const file = 'bench/results.json';
    const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
    writeFileSync(file, `${JSON.stringify({ ...previous, paths: pathsResult }, null, 2)}\n`);
    console.log('\nLateral movement paths (large scenario, demo build):');
    console.log(JSON.stringify(pathsResult, null, 2));
    return 0;
  } catch (error) {
    console.error(`✗ paths bench: ${error.stack ?? error}`);
    return 1;
  } finally {
    await browser?.close().catch(() => {});
    server.kill();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(await run());
