// npm run bench [-- --build] [-- --sizes-only] [-- --lighthouse-only] [-- --runs=N]
//   --lighthouse-only: steps 1–3 only (sizes, Lighthouse, layout shift), not the mock backend's and
//   the entities' benchmarks: to compare page loads before and after a change.
//   --reports: also writes every Lighthouse run's full report (with its trace's LCP element and
//   network requests) to bench/lighthouse/<page>-<run>.json (not checked in).
// 1. Bundle sizes of the production build (dist/, built if missing or with --build): gzip per
//    chunk and the JavaScript needed to render the signed-in Sensors page.
// 2. Lighthouse desktop scores of the demo build (dist-demo/, built if missing or with --build),
//    served by `vite preview` on 127.0.0.1:$BENCH_PORT (default 4174; Chromium's debugging port
//    is $BENCH_DEBUG_PORT, default 9229): the signed-out page `/` and, after a mock sign-in, Home,
//    Sensors and Health Center; N runs each (default 3), the median run reported.
// 3. Layout shift of the Sensors page loading with the Demo menu's 1 s latency (CLS, and how far
//    the toolbar moved between the loading state and the loaded page), N loads, the worst reported.
// 4. The mock backend's search over the large scenario (mocks/world/directory/search-speed.test.ts).
// 5. scripts/bench-entities.mjs: search, profile and activities in the large scenario, in Chromium.
// 6. scripts/bench-alerts.mjs: the security alerts timeline in the large scenario, in Chromium.
// 7. scripts/bench-paths.mjs: the largest lateral movement paths graph of `large`, in Chromium.
// Writes bench/results.json. Opt-in only: never part of npm test.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumFlags } from './lib/chromium.mjs';
import { allChunks, formatTable, kb, pageCost, sensorsPageRoutes } from './lib/bundle-size.mjs';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// Overridable, so that several worktrees can run the bench at once.
const PORT = Number(process.env.BENCH_PORT ?? 4174);
const DEBUG_PORT = Number(process.env.BENCH_DEBUG_PORT ?? 9229);
const base = `http://127.0.0.1:${PORT}`;
const flags = ['--headless=new', ...chromiumFlags];
const rebuild = process.argv.includes('--build');
const sizesOnly = process.argv.includes('--sizes-only');
const lighthouseOnly = process.argv.includes('--lighthouse-only');
const saveReports = process.argv.includes('--reports');
if (saveReports) rmSync('bench/lighthouse', { recursive: true, force: true });
const RUNS = Math.max(
  1,
  Number(/^--runs=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--runs=')) ?? '')?.[1] ?? 3),
);
const viteBin = 'node_modules/vite/bin/vite.js';

function build(mode, outDir) {
  console.log(`\n$ vite build --mode ${mode} --outDir ${outDir}`);
  try {
    execFileSync(process.execPath, [viteBin, 'build', '--mode', mode, '--outDir', outDir], {
      stdio: 'inherit',
    });
  } catch {
    console.error(`✗ The ${mode} build failed (see above).`);
    process.exit(1);
  }
}

const git = (...args) => {
  try {
    return execFileSync('git', args, { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return null;
  }
};

// 1. Bundle sizes (production build: no mock code).
if (rebuild || !existsSync('dist/.vite/manifest.json')) build('production', 'dist');
const cost = pageCost('dist', sensorsPageRoutes);
const pageFiles = new Set(cost.chunks.map((c) => c.file));
const others = allChunks('dist').filter((c) => !pageFiles.has(c.file));
console.log(
  '\nJavaScript needed to render the signed-in Sensors page (production build, gzip level 9):',
);
console.log(formatTable(cost, { budgetKB: 260 }));
console.log(`\nOther chunks (other pages, on-demand code), ${others.length}, gzip KB:`);
console.log(others.map((c) => `  ${c.file.padEnd(48)}${kb(c.gzip).padStart(8)}`).join('\n'));

const round = (bytes) => Number(kb(bytes));
const results = {
  at: new Date().toISOString(),
  commit: git('rev-parse', 'HEAD'),
  dirty: git('status', '--porcelain') ? true : undefined,
  sensorsPage: {
    budgetKB: 260,
    gzipKB: round(cost.gzip),
    rawKB: round(cost.raw),
    chunks: cost.chunks.map((c) => ({ file: c.file, rawKB: round(c.raw), gzipKB: round(c.gzip) })),
    notCounted: cost.deferred.map((c) => ({ module: c.key, file: c.file, gzipKB: round(c.gzip) })),
  },
  machine: undefined,
  otherChunks: others.map((c) => ({ file: c.file, rawKB: round(c.raw), gzipKB: round(c.gzip) })),
  lighthouse: null,
};

function writeResults() {
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nWrote bench/results.json');
}

// 2. Lighthouse desktop, against the demo build served locally.
class BenchError extends Error {
  constructor(message, { skip = false } = {}) {
    super(message);
    this.skip = skip; // an environment gap (no Chromium): reported, not a failure
  }
}

async function waitForServer(server) {
  let exited = null;
  server.once('exit', (code) => (exited = code));
  for (let i = 0; i < 60; i++) {
    if (exited !== null) {
      throw new BenchError(
        `vite preview exited (code ${exited}) before serving ${base}: is port ${PORT} already in use?`,
      );
    }
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new BenchError(`vite preview did not answer on ${base} within 30 s`);
}

/** Runs one sign-in step; on failure, says which, where the page was and what it logged. */
async function step(page, pageErrors, what, action) {
  try {
    return await action();
  } catch (error) {
    const at = page
      .url()
      .replace(/[#?].*$/, (rest) => (rest.length > 40 ? `${rest.slice(0, 40)}…` : rest));
    const logged = pageErrors.length ? ` Page errors: ${pageErrors.slice(-3).join(' | ')}` : '';
    throw new BenchError(
      `Sign-in failed while ${what} (page at ${at}): ${error.message.split('\n')[0]}.${logged} ` +
        'Does the demo sign-in flow work (npm run preview:demo)?',
    );
  }
}

/** The signed-in pages audited, by result name. */
const signedInPages = {
  home: '/home',
  sensors: '/configuration/sensors',
  health: '/health',
};

/** Must hold: CLS of the Sensors page loading with 1 s of added latency. */
const CLS_BUDGET = 0.02;

/**
 * Loads the Sensors page RUNS times with the Demo menu's 1 s latency on (as a user would switch it
 * on) and reports the worst load: CLS (layout-shift entries, largest session window) and how far
 * the toolbar's search box moved between its first paint in the loading state and the loaded page
 * (React may mount the loaded page afresh, which the layout-shift API does not count as a shift,
 * but a user sees the jump). Turns the latency off again.
 */
async function measureLoadingShift(page) {
  const demo = async (item) => {
    await page.getByRole('button', { name: /^Demo/ }).click();
    await page.getByRole('menuitemradio', { name: item }).click();
    // Checkable items may leave the menu open: close it like a user would.
    if (await page.getByRole('menu').isVisible()) await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'hidden' });
  };
  await page.addInitScript(() => {
    const shifts = [];
    window.__benchShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (!entry.hadRecentInput) shifts.push({ value: entry.value, at: entry.startTime });
    }).observe({ type: 'layout-shift', buffered: true });
    // The search box's position in every frame until the table shows.
    window.__benchToolbarY = [];
    const watch = () => {
      const box = document.querySelector('input[type="search"]');
      if (box) window.__benchToolbarY.push(Math.round(box.getBoundingClientRect().top));
      if (!document.querySelector('[role="table"][aria-label="Sensors"]'))
        requestAnimationFrame(watch);
      else if (box) window.__benchToolbarY.push(Math.round(box.getBoundingClientRect().top));
    };
    requestAnimationFrame(watch);
  });
  await page.goto(`${base}/configuration/sensors`);
  await demo('1 s latency');
  const loads = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      await page.goto(`${base}/configuration/sensors`);
      await page.getByRole('table', { name: 'Sensors' }).waitFor({ timeout: 30_000 });
      await page.waitForTimeout(1500);
      loads.push(
        await page.evaluate(() => {
          // CLS: the largest session window (shifts < 1 s apart, window ≤ 5 s).
          let cls = 0;
          let current = 0;
          let start = 0;
          let last = -Infinity;
          for (const { value, at } of window.__benchShifts) {
            if (at - last > 1000 || at - start > 5000) {
              current = 0;
              start = at;
            }
            current += value;
            last = at;
            cls = Math.max(cls, current);
          }
          const ys = window.__benchToolbarY;
          return {
            cls: Number(cls.toFixed(4)),
            toolbarMovedPx: ys.length ? Math.max(...ys) - Math.min(...ys) : null,
          };
        }),
      );
    }
  } finally {
    await demo('No added latency');
  }
  const worst = loads.reduce((a, b) => (b.cls > a.cls ? b : a));
  const moved = loads.map((l) => l.toolbarMovedPx ?? 0);
  return {
    latencyMs: 1000,
    clsBudget: CLS_BUDGET,
    cls: worst.cls,
    toolbarMovedPx: Math.max(...moved),
    withinBudget: worst.cls < CLS_BUDGET,
    loads,
  };
}

async function lighthouseScores() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 19)) {
    throw new BenchError(
      `Lighthouse needs Node ≥ 22.19, this is ${process.version}: run it as npm run bench (node_modules/.bin/node).`,
    );
  }
  if (!existsSync(CHROMIUM)) {
    throw new BenchError(
      `No Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROME_PATH): Lighthouse skipped; sizes above are valid.`,
      {
        skip: true,
      },
    );
  }
  process.env.CHROME_PATH = CHROMIUM;
  if (rebuild || !existsSync('dist-demo/index.html')) build('demo', 'dist-demo');

  const load = loadavg()[0];
  const cpus = availableParallelism();
  results.machine = { cpus, loadAverage1m: Number(load.toFixed(2)) };
  if (load > cpus)
    console.warn(
      `! Load average ${load.toFixed(1)} on ${cpus} CPUs: Lighthouse timings (TBT, LCP) will be pessimistic.`,
    );

  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const { chromium } = await import('@playwright/test');

  const portTaken = await fetch(base).then(
    () => true,
    () => false,
  );
  if (portTaken)
    throw new BenchError(`Something already answers on ${base}: stop it, or free port ${PORT}.`);
  const server = spawn(
    process.execPath,
    [
      viteBin,
      'preview',
      '--mode',
      'demo',
      '--outDir',
      'dist-demo',
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const profile = mkdtempSync(join(tmpdir(), 'vigil-bench-'));
  let context;
  const stopServer = () => {
    if (server.exitCode === null && server.signalCode === null) process.kill(server.pid, 'SIGTERM');
  };
  process.once('SIGINT', () => {
    stopServer();
    process.exit(130);
  });
  try {
    await waitForServer(server);
    // A persistent context is the browser's default context, the one Lighthouse opens its tab in
    // (through the debugging port): the session signed in through Playwright is the one audited.
    // With chromium.launch(), Playwright's pages live in a separate (incognito-like) context and
    // Lighthouse's tab would be signed out.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [...flags, `--remote-debugging-port=${DEBUG_PORT}`],
      viewport: { width: 1920, height: 1080 },
    });

    const debuggee = await fetch(`http://127.0.0.1:${DEBUG_PORT}/json/version`)
      .then((r) => r.json())
      .catch(() => ({}));
    if (!/chrom/i.test(debuggee.Browser ?? '')) {
      throw new BenchError(
        `Port ${DEBUG_PORT} is not this Chromium's debugging port (${debuggee.Browser ?? 'no answer'}): is another process (node --inspect?) using it?`,
      );
    }

    const auditOnce = async (path, { expectPath, keepStorage }) => {
      const run = await lighthouse(
        `${base}${path}`,
        { port: DEBUG_PORT, output: 'json', logLevel: 'error', disableStorageReset: keepStorage },
        desktopConfig,
      );
      if (!run?.lhr) throw new BenchError(`Lighthouse returned no result for ${path}`);
      if (saveReports) {
        mkdirSync('bench/lighthouse', { recursive: true });
        const name = `${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'signed-out'}`;
        let n = 1;
        while (existsSync(`bench/lighthouse/${name}-${n}.json`)) n++;
        writeFileSync(`bench/lighthouse/${name}-${n}.json`, JSON.stringify(run.lhr));
      }
      const { categories, audits, finalDisplayedUrl, runtimeError, runWarnings } = run.lhr;
      if (runtimeError)
        throw new BenchError(
          `Lighthouse failed on ${path}: ${runtimeError.code} ${runtimeError.message}`,
        );
      const landed = new URL(finalDisplayedUrl).pathname;
      if (landed !== expectPath) {
        throw new BenchError(
          `Lighthouse audited ${path} but ended on ${landed} (expected ${expectPath})` +
            (keepStorage ? ': its tab was not signed in.' : '.'),
        );
      }
      const score = (id) =>
        categories[id].score === null ? null : Math.round(categories[id].score * 100);
      return {
        url: finalDisplayedUrl,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        fcpMs: Math.round(audits['first-contentful-paint'].numericValue),
        lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
        tbtMs: Math.round(audits['total-blocking-time'].numericValue),
        cls: Number(audits['cumulative-layout-shift'].numericValue.toFixed(3)),
        failedAudits: ['accessibility', 'best-practices'].flatMap((id) =>
          categories[id].auditRefs
            .filter((ref) => ref.weight > 0 && audits[ref.id]?.score === 0)
            .map((ref) => {
              // Name the first offending element, so the failure can be found without a report.
              const node = audits[ref.id].details?.items?.[0]?.node;
              const where = node
                ? ` (e.g. ${node.selector ?? ''} ${String(node.snippet ?? '').slice(0, 160)})`
                : '';
              return `${id}: ${audits[ref.id].title}${where}`;
            }),
        ),
        warnings: runWarnings.length ? runWarnings : undefined,
      };
    };

    // Several runs per page, reporting the median one (by performance score, then TBT): on a
    // busy machine single runs swing by 40 points. All runs are kept in the results.
    const audit = async (path, options) => {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await auditOnce(path, options));
      const sorted = [...runs].sort((a, b) => a.performance - b.performance || b.tbtMs - a.tbtMs);
      const median = sorted[Math.floor((sorted.length - 1) / 2)];
      const brief = ({ performance, accessibility, bestPractices, fcpMs, lcpMs, tbtMs, cls }) => ({
        performance,
        accessibility,
        bestPractices,
        fcpMs,
        lcpMs,
        tbtMs,
        cls,
      });
      return { ...median, runs: runs.map(brief) };
    };

    console.log(`\nLighthouse (${RUNS} run${RUNS > 1 ? 's' : ''} per page): signed-out page /`);
    const signedOut = await audit('/', { expectPath: '/', keepStorage: false });

    console.log('Signing in as admin@contoso.com (demo, scenario contoso)');
    const page = context.pages()[0] ?? (await context.newPage());
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message.split('\n')[0]));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text().split('\n')[0].slice(0, 200));
    });
    const signIn = (what, action) => step(page, pageErrors, what, action);
    await signIn(`opening ${base}/?scenario=contoso`, () => page.goto(`${base}/?scenario=contoso`));
    await signIn('clicking “Sign in”', () =>
      page.getByRole('button', { name: 'Sign in', exact: true }).click({ timeout: 15_000 }),
    );
    await signIn('picking admin@contoso.com on the account picker', () =>
      page.getByRole('button', { name: /admin@contoso\.com/ }).click({ timeout: 15_000 }),
    );
    // Signed in once the app lands on a portal page (off the start page and the mock IdP, with
    // the authorization response consumed); then open the Sensors page if it landed elsewhere.
    await signIn('waiting for the app to land signed in', () =>
      page.waitForURL(
        (url) =>
          url.pathname !== '/' &&
          !url.pathname.startsWith('/_mock-idp') &&
          !url.hash.includes('code='),
        {
          timeout: 20_000,
        },
      ),
    );
    if (new URL(page.url()).pathname !== '/configuration/sensors') {
      await signIn(
        `opening /configuration/sensors (landed on ${new URL(page.url()).pathname})`,
        () => page.goto(`${base}/configuration/sensors`),
      );
    }
    await signIn('waiting for /configuration/sensors', () =>
      page.waitForURL((url) => url.pathname === '/configuration/sensors', { timeout: 20_000 }),
    );
    await signIn('waiting for the Sensors page to render', () =>
      page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 15_000 }),
    );

    const signedIn = {};
    for (const [name, path] of Object.entries(signedInPages)) {
      console.log(`Lighthouse: signed-in page ${path}`);
      signedIn[name] = await audit(path, { expectPath: path, keepStorage: true });
    }

    console.log(`Layout shift: Sensors page with 1 s latency (${RUNS} loads)`);
    const sensorsLoading = await signIn('measuring layout shift on the Sensors page', () =>
      measureLoadingShift(page),
    );
    return { preset: 'desktop', build: 'dist-demo', signedOut, ...signedIn, sensorsLoading };
  } finally {
    await context?.close().catch(() => {});
    stopServer();
    rmSync(profile, { recursive: true, force: true });
  }
}

let exitCode = 0;
if (sizesOnly) {
  console.log('\nLighthouse skipped (--sizes-only).');
} else {
  try {
    results.lighthouse = await lighthouseScores();
    console.log(`\nLighthouse (desktop preset, demo build; median of ${RUNS}):`);
    console.log(`  ${'page'.padEnd(11)} perf  a11y  best-pr    FCP ms   LCP ms   TBT ms    CLS`);
    for (const name of ['signedOut', ...Object.keys(signedInPages)]) {
      const r = results.lighthouse[name];
      console.log(
        `  ${name.padEnd(11)}${String(r.performance).padStart(4)}${String(r.accessibility).padStart(6)}${String(r.bestPractices).padStart(9)}` +
          `${String(r.fcpMs).padStart(10)}${String(r.lcpMs).padStart(9)}${String(r.tbtMs).padStart(9)}${String(r.cls).padStart(7)}`,
      );
      if (r.runs.length > 1)
        console.log(
          `  ${''.padEnd(11)}performance per run: ${r.runs.map((x) => x.performance).join(', ')}`,
        );
      for (const issue of r.failedAudits) console.log(`  ${''.padEnd(11)}✗ ${issue}`);
    }
    const shift = results.lighthouse.sensorsLoading;
    console.log(
      `\nSensors page loading with 1 s latency (worst of ${shift.loads.length}): CLS ${shift.cls} ` +
        `(must be < ${shift.clsBudget}: ${shift.withinBudget ? 'ok' : 'FAILED'}), toolbar moved ${shift.toolbarMovedPx} px`,
    );
    if (!shift.withinBudget) exitCode = 1;
  } catch (error) {
    const skipped = error instanceof BenchError && error.skip;
    if (!skipped) exitCode = 1;
    results.lighthouse = { [skipped ? 'skipped' : 'error']: error.message };
    console.error(
      `\n${skipped ? '!' : '✗'} Lighthouse: ${error instanceof BenchError ? error.message : (error.stack ?? error)}`,
    );
  }
}
// 4. The mock backend's search over the large scenario (Node micro-benchmark, CPU times).
if (lighthouseOnly) {
  // Keeps the previous run's mock-backend and entities results (not measured this time).
  try {
    const { mockBackend, entities } = JSON.parse(readFileSync('bench/results.json', 'utf8'));
    Object.assign(results, { mockBackend, entities });
  } catch {
    // no previous results
  }
  writeResults();
  process.exit(exitCode);
}
try {
  execFileSync(
    process.execPath,
    ['node_modules/vitest/vitest.mjs', 'run', 'mocks/world/directory/search-speed.test.ts'],
    {
      stdio: 'inherit',
      env: { ...process.env, MOCK_BENCH: '1' },
    },
  );
  results.mockBackend = JSON.parse(readFileSync('bench/mock-backend.json', 'utf8'));
} catch (error) {
  exitCode = 1;
  results.mockBackend = { error: String(error.message ?? error) };
}
writeResults();
// 5. Entities in the browser (large scenario): type-ahead, profile, scrolling (its own key).
if (!sizesOnly) exitCode = (await import('./bench-entities.mjs').then((m) => m.run())) || exitCode;
// 6. The security alerts timeline (large scenario): first content, scrolling (its own key).
if (!sizesOnly) exitCode = (await import('./bench-alerts.mjs').then((m) => m.run())) || exitCode;
// 7. The lateral movement paths graph (large scenario, 214 entities): layout, long tasks (`paths`).
if (!sizesOnly) exitCode = (await import('./bench-paths.mjs').then((m) => m.run())) || exitCode;
process.exit(exitCode);
