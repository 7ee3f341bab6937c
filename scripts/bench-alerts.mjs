// Security alerts timeline bench (README § Budgets), against the demo build (dist-demo/) in the
// `large` scenario (20,000 alerts), in Debian's Chromium with a PerformanceObserver for long tasks:
//   1. the timeline's first content (a card) after an in-app navigation from Home, and after a
//      full load of /alerts;
//   2. the longest task while scrolling 5,000 cards (the list loads pages of 50 as it goes), in
//      wall time (long-task entries) and in the page's main-thread CPU time (a Chromium trace's
//      thread time per task): on two cores shared by several processes a task waits for a CPU
//      most of its wall time, and only the CPU time says what the page itself spent.
// Writes the `alerts` key of bench/results.json (other keys kept). Ports: BENCH_PORT (4276),
// BENCH_DEBUG_PORT (9276). Usage: npm run build:demo && node scripts/bench-alerts.mjs
// (npm run bench runs it after its own measurements).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './lib/chromium.mjs';
import { tasksOfTrace } from './lib/trace-tasks.mjs';
import {
  observeLongTasks,
  startPreview,
  takeLongTasks,
  waitForServer,
} from './lib/bench-browser.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4276);
const DEBUG_PORT = Number(process.env.BENCH_DEBUG_PORT ?? 9276);
const base = `http://127.0.0.1:${PORT}`;
const CARDS = 5_000;

export const budgets = { timelineFirstContentMs: 1000, scrollLongestTaskMs: 50 };

async function measure(page) {
  const result = {};
  const firstCard = page.getByRole('list', { name: 'Open alerts' }).getByRole('article').first();
  // Sign in as the SOC analyst (lands on the timeline), then switch to `large` on Home.
  await page.goto(`${base}/?scenario=contoso`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: /analyst@contoso\.com/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Security alerts' }).waitFor({
    timeout: 30_000,
  });
  await page.goto(`${base}/home?scenario=large`);
  await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1500);
  await takeLongTasks(page);

  // 1. In-app navigation: Home → Security alerts (the nav link), until the first card shows.
  await page.evaluate(() => {
    window.__navStart = performance.now();
  });
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /Security alerts/ })
    .click();
  await firstCard.waitFor({ timeout: 30_000 });
  result.timelineFirstContentMs = Math.round(
    await page.evaluate(() => performance.now() - window.__navStart),
  );
  result.openAlerts = Number(
    /\((\d+)\)/.exec(
      await page.getByRole('heading', { level: 2, name: /^Open alerts/ }).innerText(),
    )?.[1] ?? 0,
  );
  result.navigationLongTasks = await takeLongTasks(page);

  // The same after a full load of /alerts (boot, sign-in from the cache, the mock backend).
  await page.goto(`${base}/alerts`);
  await firstCard.waitFor({ timeout: 30_000 });
  result.timelineFullLoadMs = Math.round(await page.evaluate(() => performance.now()));
  // What of it is the app's start (boot, mock backend, sign-in from the cache) and what the
  // timeline (from its first request for alerts to the first card).
  result.fullLoadFirstAlertsRequestMs = Math.round(
    await page.evaluate(
      () =>
        performance.getEntriesByType('resource').find((e) => /\/api\/alerts\?/.test(e.name))
          ?.startTime ?? -1,
    ),
  );
  await page.waitForTimeout(1000);
  await takeLongTasks(page);

  // 2. Scrolling 5,000 cards: 5 cards a frame, waiting for the next page at the end of the loaded.
  await page
    .context()
    .browser()
    .startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
  const scrolled = await page.evaluate(async (cards) => {
    const scroller = document.querySelector('[data-testid="alert-scroll"]');
    const row = scroller.querySelector('li').getBoundingClientRect().height;
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const deadline = performance.now() + 240_000;
    while (scroller.scrollTop / row < cards && performance.now() < deadline) {
      scroller.scrollTop += row * 5;
      await frame();
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2) {
        const before = scroller.scrollHeight;
        while (scroller.scrollHeight === before && performance.now() < deadline) await frame();
      }
    }
    return Math.floor(scroller.scrollTop / row);
  }, CARDS);
  const trace = JSON.parse((await page.context().browser().stopTracing()).toString('utf8'));
  const cpu = tasksOfTrace(trace);
  result.scrollCards = {
    cards: scrolled,
    ...(await takeLongTasks(page)),
    traceLongTasks: cpu.count,
    longestTaskCpuMs: cpu.longestCpuMs,
    tasksOverFiftyCpuMs: cpu.overFiftyCpu,
    longestWallTaskCpuMs: cpu.longestWallOfThemCpuMs,
  };
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
      timelineFirstContent: result.timelineFirstContentMs <= budgets.timelineFirstContentMs,
      scrollLongestTask: result.scrollCards.longestMs <= budgets.scrollLongestTaskMs,
      scrollLongestTaskCpu: result.scrollCards.longestTaskCpuMs <= budgets.scrollLongestTaskMs,
    };
    const alerts = {
      at: new Date().toISOString(),
      loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
      scenario: 'large',
      build: 'dist-demo',
      budgets,
      ...result,
      checks,
    };
    mkdirSync('bench', { recursive: true });
    const file = 'bench/results.json';
    const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
    writeFileSync(file, `${JSON.stringify({ ...previous, alerts }, null, 2)}\n`);
    console.log('\nSecurity alerts timeline (large scenario, demo build):');
    console.log(JSON.stringify(alerts, null, 2));
    return 0;
  } catch (error) {
    console.error(`✗ alerts bench: ${error.stack ?? error}`);
    return 1;
  } finally {
    await browser?.close().catch(() => {});
    server.kill();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(await run());
