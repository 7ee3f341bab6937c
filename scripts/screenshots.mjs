// Takes 1920×1080 screenshots of the main pages (light and dark) from the demo build, for review.
// Usage: npm run build:demo && node scripts/screenshots.mjs  (writes screenshots/*.png; SCREENSHOT_PORT, DIST)
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './lib/chromium.mjs';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4175);
const base = `http://127.0.0.1:${PORT}`;
const server = spawn(
  process.execPath,
  [
    'node_modules/vite/bin/vite.js',
    'preview',
    '--mode',
    'demo',
    '--outDir',
    process.env.DIST ?? 'dist-demo',
    '--host',
    '127.0.0.1',
    '--port',
    String(PORT),
    '--strictPort',
  ],
  { stdio: 'ignore' },
);
mkdirSync('screenshots', { recursive: true });

async function waitForServer() {
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('preview server did not start');
}

try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({
      viewport: { width: 1920, height: 1080 },
      colorScheme: scheme,
    });
    const shot = (name) => page.screenshot({ path: `screenshots/${name}-${scheme}.png` });
    const signIn = async (upn, scenario = 'contoso') => {
      await page.goto(`${base}/?scenario=${scenario}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: new RegExp(upn) }).click();
      await page.waitForURL((u) => !u.pathname.startsWith('/_mock-idp') && u.pathname !== '/');
    };
    await page.goto(`${base}/?scenario=contoso`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await shot('signed-out');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /pick an account/i }).waitFor();
    await shot('account-picker');
    await signIn('guest@contoso.com');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await shot('unauthorized');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await signIn('admin@fabrikam.com');
    await page.waitForTimeout(500);
    await shot('no-instance');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await signIn('admin@contoso.com', 'degraded-sensors');
    // Administrators land on Home.
    await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
    await page.waitForTimeout(800);
    await shot('home');
    await page.goto(`${base}/configuration/sensors`);
    await page.getByText(/Showing/).waitFor();
    await shot('sensors');
    await page.getByRole('button', { name: 'DC01', exact: true }).click();
    await page.waitForTimeout(600);
    await shot('sensor-drawer');
    await page.getByRole('dialog', { name: 'DC01' }).getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Add sensor' }).click();
    await page.getByRole('dialog', { name: 'Sensor setup' }).waitFor();
    await page.waitForTimeout(600);
    await shot('sensors-add-sensor');
    await page.goto(`${base}/configuration/sensors?scenario=fresh`);
    await page.waitForTimeout(1500);
    await shot('sensors-empty');
    await page.goto(`${base}/home`);
    await page.getByRole('link', { name: 'Get the sensor setup' }).waitFor();
    await shot('home-onboarding');
    await page.goto(`${base}/configuration/sensors?scenario=large&sort=health&dir=desc`);
    await page.getByText(/Showing/).waitFor();
    await shot('sensors-large');
    await page.getByRole('button', { name: /^Demo/ }).click();
    await page.waitForTimeout(300);
    await shot('demo-menu');
    await page.goto(`${base}/health?scenario=contoso&severity=High`);
    await page.getByRole('heading', { name: 'No open health issues match your filters' }).waitFor();
    await shot('health-filtered-empty');
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
