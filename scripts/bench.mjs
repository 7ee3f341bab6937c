// npm run bench: bundle sizes of the production build and Lighthouse desktop scores of the demo
// build (signed-out page, signed-in Sensors page). Writes bench/results.json. Not part of npm test.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kb, pageCost, sensorsPageRoutes } from './lib/bundle-size.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = 4174;
const DEBUG_PORT = 9229;
const base = `http://127.0.0.1:${PORT}`;
const flags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];
const vite = (args) => execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', ...args], { stdio: 'inherit' });

if (process.argv.includes('--build') || !existsSync('dist/.vite/manifest.json')) vite(['build', '--mode', 'production', '--outDir', 'dist']);
if (process.argv.includes('--build') || !existsSync('dist-demo/index.html')) vite(['build', '--mode', 'demo', '--outDir', 'dist-demo']);

// 1. Bundle sizes (production build: no mock code).
const cost = pageCost('dist', sensorsPageRoutes);
console.log('\nJavaScript for the signed-in Sensors page (production build, gzip level 9):');
for (const c of cost.chunks) console.log(`  ${c.file.padEnd(48)} ${kb(c.raw).padStart(8)} KB ${kb(c.gzip).padStart(7)} KB gz`);
console.log(`  ${'total'.padEnd(48)} ${kb(cost.raw).padStart(8)} KB ${kb(cost.gzip).padStart(7)} KB gz`);

const results = {
  at: new Date().toISOString(),
  commit: execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim(),
  sensorsPage: { gzipKB: Number(kb(cost.gzip)), rawKB: Number(kb(cost.raw)), chunks: cost.chunks.map((c) => ({ file: c.file, gzipKB: Number(kb(c.gzip)) })) },
  lighthouse: null,
};

// 2. Lighthouse desktop, against the demo build served locally.
async function lighthouseScores() {
  if (!existsSync(CHROMIUM)) {
    console.warn(`\nLighthouse skipped: no Chromium at ${CHROMIUM} (apt-get install chromium).`);
    return null;
  }
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const { chromium } = await import('@playwright/test');
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--mode', 'demo', '--outDir', 'dist-demo', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
  // A persistent context is Chromium's default context, which Lighthouse's tab shares: the
  // session signed in through Playwright is the one Lighthouse audits.
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'vigil-bench-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: [...flags, `--remote-debugging-port=${DEBUG_PORT}`],
    viewport: { width: 1920, height: 1080 },
  });
  try {
    for (let i = 0; i < 60; i++) {
      try {
        if ((await fetch(base)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    const audit = async (url) => {
      const run = await lighthouse(url, { port: DEBUG_PORT, output: 'json', logLevel: 'error', disableStorageReset: true }, desktopConfig);
      const { categories, audits } = run.lhr;
      return {
        url,
        performance: Math.round(categories.performance.score * 100),
        accessibility: Math.round(categories.accessibility.score * 100),
        bestPractices: Math.round(categories['best-practices'].score * 100),
        lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
        tbtMs: Math.round(audits['total-blocking-time'].numericValue),
        cls: Number(audits['cumulative-layout-shift'].numericValue.toFixed(3)),
        accessibilityIssues: categories.accessibility.auditRefs
          .filter((ref) => ref.weight > 0 && audits[ref.id]?.score === 0)
          .map((ref) => audits[ref.id].title),
      };
    };
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${base}/?scenario=contoso`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    const signedOut = await audit(`${base}/`);
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: /admin@contoso\.com/ }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/_mock-idp') && u.pathname !== '/');
    const sensors = await audit(`${base}/configuration/sensors`);
    return { signedOut, sensors };
  } finally {
    await context.close();
    server.kill();
  }
}

results.lighthouse = await lighthouseScores();
if (results.lighthouse) {
  console.log('\nLighthouse (desktop preset, demo build):');
  for (const [name, r] of Object.entries(results.lighthouse)) {
    console.log(`  ${name.padEnd(10)} performance ${r.performance}  accessibility ${r.accessibility}  best practices ${r.bestPractices}  LCP ${r.lcpMs} ms  TBT ${r.tbtMs} ms  CLS ${r.cls}`);
    for (const issue of r.accessibilityIssues) console.log(`             accessibility: ${issue}`);
  }
}
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote bench/results.json');
