import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error -- plain ESM script without type declarations
import { pageChunks, sensorsPageRoutes, staticClosure } from '../scripts/lib/bundle-size.mjs';
import { expect, paths, test } from './kit';

// The bundle budget (README § Budgets, npm run check:prod) prices the Sensors page from the build
// manifest: the entry, the page's route modules and their static imports. A panel that is lazily
// imported but renders at once would be left out of that price. This journey loads the page as an
// Administrator (who sees the most) and fails on any JavaScript the price doesn't count.
const dist = process.env.E2E_DIST ?? 'dist-demo';
// Demo builds only: the mock backend, the mock sign-in page, the Demo menu and its navigation client.
const demoOnly = [
  'mocks/browser.ts',
  'mocks/identity/sign-in-page.tsx',
  'src/features/demo/components/demo-menu.tsx',
  'src/lib/auth/demo-navigation-client.ts',
];

type Manifest = Record<string, { file: string }>;

test.use({ account: 'admin@contoso.com' });

test('the JavaScript the Sensors page loads on first render is all in its bundle budget', async ({
  page,
}) => {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const priced = new Set<string>(pageChunks(manifest, html, sensorsPageRoutes).js);
  const demo = new Set<string>(
    staticClosure(
      manifest,
      demoOnly.filter((key) => manifest[key]),
    ).js,
  );

  // Signed in from a saved session: this is a fresh load of the page. Keep the pointer off the
  // page's controls (a button may preload its drawer on hover: intent, not first render).
  await page.mouse.move(1, 1079);
  const loaded = new Set<string>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname.replace(/^\//, '');
    if (request.resourceType() === 'script' || path.endsWith('.js')) loaded.add(path);
  });
  await page.goto(paths.sensors);
  await expect(page.getByText(/Showing 11 of 11 sensors/)).toBeVisible();
  await page.waitForLoadState('networkidle');

  const sourceOf = (file: string) =>
    Object.entries(manifest)
      .filter(([, chunk]) => chunk.file === file)
      .map(([key]) => key)
      .join(', ') || 'no manifest entry';
  const unpriced = [...loaded]
    .filter((file) => file.startsWith('assets/') && !priced.has(file) && !demo.has(file))
    .map((file) => `${file} (${sourceOf(file)})`);
  expect(
    unpriced,
    'loaded on first render but not counted by the bundle budget: import it statically, or load it on demand (on a click), not as a lazy panel that renders at once',
  ).toEqual([]);
  // The check sees the page's chunks at all (a filter that matched nothing would pass vacuously).
  expect([...loaded].filter((file) => priced.has(file)).length).toBeGreaterThan(5);
});
