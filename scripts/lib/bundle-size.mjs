// Prices the JavaScript a page needs in a Vite build, from the build manifest (dist/.vite/
// manifest.json, build.manifest = true) and dist/index.html: the entry chunk and the chunks
// index.html preloads, the lazy route modules the page loads, and the static-import closure of
// all of them. Dynamic imports inside those chunks (menus, drawers opened on first use) are not
// needed to render the page and are listed separately, not counted.
// Used by scripts/check-prod-build.mjs and scripts/bench.mjs; the pure parts are unit-tested in
// scripts/bundle-size.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Route modules the signed-in Sensors page loads, outermost first (see src/app/router.tsx). */
export const sensorsPageRoutes = [
  'src/app/routes/portal-layout.tsx',
  'src/app/routes/configuration/layout.tsx',
  'src/app/routes/configuration/sensors.tsx',
];

/** Route modules a user's profile page loads (the computer and group profiles share its chunks). */
export const profilePageRoutes = [
  'src/app/routes/portal-layout.tsx',
  'src/app/routes/entities/user.tsx',
];

/** Route modules the security alerts timeline loads (the page analysts land on). */
export const timelinePageRoutes = [
  'src/app/routes/portal-layout.tsx',
  'src/app/routes/alerts/timeline.tsx',
];

const isJs = (file) => /\.m?js$/.test(file);

/**
 * Output paths of `<script type="module" src>`, `<link rel="modulepreload" href>` and
 * `<link rel="stylesheet" href>` in index.html (pure).
 */
export function parseIndexHtml(html) {
  const attr = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
  const clean = (url) => url.replace(/^\.?\//, '').replace(/[?#].*$/, '');
  const scripts = [];
  const preloads = [];
  const stylesheets = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src && !/^[a-z]+:\/\//i.test(src)) scripts.push(clean(src));
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = attr(tag, 'href');
    if (!href || /^[a-z]+:\/\//i.test(href)) continue;
    const rel = attr(tag, 'rel') ?? '';
    if (/^modulepreload$/i.test(rel)) preloads.push(clean(href));
    else if (/^stylesheet$/i.test(rel)) stylesheets.push(clean(href));
  }
  return { scripts, preloads, stylesheets };
}

/** The entry key(s) of the manifest (index.html for this app) (pure). */
export function entryKeys(manifest) {
  return Object.entries(manifest)
    .filter(([, chunk]) => chunk.isEntry)
    .map(([key]) => key);
}

/**
 * Files reachable from the manifest `keys` through static imports (pure: manifest in, file lists
 * out). `js` and `css` are what loading those keys fetches; `deferred` are the dynamic imports met
 * on the way whose chunks are not already in the closure (loaded later, on demand).
 */
export function staticClosure(manifest, keys) {
  const files = new Set();
  const css = new Set();
  const seen = new Set();
  const dynamic = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) {
      throw new Error(
        `The build manifest has no entry for ${key}: it is no longer a lazy route module (or was renamed). ` +
          'Update sensorsPageRoutes in scripts/lib/bundle-size.mjs.',
      );
    }
    files.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
    for (const imported of chunk.dynamicImports ?? []) dynamic.add(imported);
  };
  keys.forEach(visit);
  const deferred = [...dynamic].filter(
    (key) => !seen.has(key) && manifest[key] && !files.has(manifest[key].file),
  );
  return { js: [...files].filter(isJs), css: [...css], deferred };
}

/**
 * The chunks a page needs (pure): index.html's entry script and module preloads, plus the static
 * closure of the manifest entries and the page's route modules. `htmlOnly` lists files index.html
 * loads that the manifest closure missed (should be empty; counted anyway).
 */
export function pageChunks(manifest, indexHtml, routes) {
  const html = parseIndexHtml(indexHtml);
  if (html.scripts.length === 0)
    throw new Error('index.html has no <script src>: cannot find the entry chunk');
  const entries = entryKeys(manifest);
  const closure = staticClosure(manifest, [...entries, ...routes]);
  const js = new Set(closure.js);
  // On-demand imports of the page's own modules; the entry's (the app's other routes) are not the page's.
  const entryDeferred = new Set(staticClosure(manifest, entries).deferred);
  const deferred = staticClosure(manifest, routes).deferred.filter(
    (key) => !entryDeferred.has(key) && !js.has(manifest[key].file),
  );
  const htmlOnly = [...html.scripts, ...html.preloads].filter(
    (file) => isJs(file) && !js.has(file),
  );
  htmlOnly.forEach((file) => js.add(file));
  // CSS: what index.html links (the Griffel stylesheet, scripts/lib/griffel-css.mjs) and what
  // the chunks import.
  const css = [...new Set([...html.stylesheets, ...closure.css])];
  return { js: [...js], css, deferred, htmlOnly };
}

/** Sums sizes (pure). */
export function total(sizes) {
  return sizes.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip }), {
    raw: 0,
    gzip: 0,
  });
}

export function readManifest(dist) {
  const path = join(dist, '.vite', 'manifest.json');
  if (!existsSync(path))
    throw new Error(`${path} is missing: build with build.manifest = true (vite.config.ts).`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function sizeOf(dist, file) {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const bySize = (a, b) => b.gzip - a.gzip;

/**
 * What rendering the given routes costs in the build at `dist`: `chunks` (counted JavaScript),
 * `gzip`/`raw` totals, `css` (listed, not counted), `deferred` (dynamic imports, not counted).
 */
export function pageCost(dist, routes) {
  const manifest = readManifest(dist);
  const page = pageChunks(manifest, readFileSync(join(dist, 'index.html'), 'utf8'), routes);
  const chunks = page.js.map((file) => sizeOf(dist, file)).sort(bySize);
  const deferred = page.deferred
    .map((key) => ({ key, ...sizeOf(dist, manifest[key].file) }))
    .sort(bySize);
  return {
    chunks,
    ...total(chunks),
    css: page.css.map((file) => sizeOf(dist, file)),
    deferred,
    htmlOnly: page.htmlOnly,
  };
}

/** Every JavaScript file under dist/assets, largest (gzip) first. */
export function allChunks(dist) {
  const assets = join(dist, 'assets');
  if (!existsSync(assets)) return [];
  return readdirSync(assets)
    .filter(isJs)
    .map((name) => sizeOf(dist, `assets/${name}`))
    .sort(bySize);
}

export const kb = (bytes) => (bytes / 1024).toFixed(1);

/** The table check-prod-build and bench print (pure). */
export function formatTable(cost, { budgetKB, page = 'Sensors page' } = {}) {
  const width = Math.max(40, ...cost.chunks.map((c) => c.file.length)) + 2;
  const row = (name, raw, gzip) =>
    `  ${name.padEnd(width)}${kb(raw).padStart(9)}${kb(gzip).padStart(10)}`;
  const lines = [`  ${'chunk'.padEnd(width)}${'raw KB'.padStart(9)}${'gzip KB'.padStart(10)}`];
  for (const c of cost.chunks) lines.push(row(c.file, c.raw, c.gzip));
  lines.push(`  ${'-'.repeat(width + 19)}`);
  let totalLine = row(`${page} total (${cost.chunks.length} chunks)`, cost.raw, cost.gzip);
  if (budgetKB) totalLine += `   budget ${budgetKB} KB`;
  lines.push(totalLine);
  if (cost.deferred?.length) {
    const d = total(cost.deferred);
    lines.push(
      `  not counted: ${cost.deferred.length} chunk(s) these modules import on demand, ${kb(d.gzip)} KB gzip (${cost.deferred
        .map((c) => c.key.replace(/^.*\//, ''))
        .join(', ')})`,
    );
  }
  if (cost.css?.length)
    lines.push(
      `  CSS (not in the JavaScript budget): ${kb(total(cost.css).gzip)} KB gzip (${cost.css.map((c) => c.file).join(', ')})`,
    );
  return lines.join('\n');
}
