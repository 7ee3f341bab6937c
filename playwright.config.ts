import { defineConfig, devices } from '@playwright/test';
import type { VigilWorkerOptions } from './e2e/kit';
import { chromiumFlags, chromiumPath } from './scripts/lib/chromium.mjs';

// Overridable so several builds can be tested side by side (E2E_PORT, E2E_DIST).
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist-demo';

/**
 * E2E suites run against the demo production build (never the dev server: 3–4× slower under the
 * service worker) in Debian's Chromium.
 */
export default defineConfig<VigilWorkerOptions>({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Per port, so two suites side by side don't clear each other's results.
  outputDir: `test-results/e2e-${PORT}`,
  reporter: process.env.CI
    ? [['list'], ['html', { open: 'never', outputFolder: `playwright-report/e2e-${PORT}` }]]
    : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1920, height: 1080 },
    // Recording every test doubled the sign-in journeys' time on 2 cores: only when retrying.
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    // Cleared with the output folder at the start of every run (tokens live an hour).
    sessionsDir: `test-results/e2e-${PORT}/sessions`,
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumFlags,
    },
  },
  projects: [
    // Signs every demo account in once; the journeys' workers share the saved sessions.
    { name: 'sessions', testMatch: /sessions\.setup\.ts$/ },
    {
      name: 'chromium',
      dependencies: ['sessions'],
      use: { ...devices['Desktop Chrome'], viewport: { width: 1920, height: 1080 } },
    },
  ],
  webServer: {
    command: `npx vite preview --mode demo --outDir ${DIST} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
