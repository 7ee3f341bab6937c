// Prices the JavaScript a page needs from Vite's build manifest: the entry's static-import
// closure plus the lazy route modules the page loads, and their static imports.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Route modules the signed-in Sensors page loads (besides the entry). */
export const sensorsPageRoutes = [
  'src/app/routes/portal-layout.tsx',
  'src/app/routes/configuration/layout.tsx',
  'src/app/routes/configuration/sensors.tsx',
];

/** Chunk files reachable from `keys` through static imports (pure: manifest in, file list out). */
export function staticClosure(manifest, keys) {
  const files = new Set();
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build manifest has no entry for ${key}`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return [...files];
}

/** The entry key(s) of the manifest (index.html for this app). */
export function entryKeys(manifest) {
  return Object.entries(manifest)
    .filter(([, chunk]) => chunk.isEntry)
    .map(([key]) => key);
}

export function readManifest(dist) {
  const path = join(dist, '.vite', 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: build with build.manifest = true`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function sizeOf(dist, file) {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Sizes of every chunk needed to render the given routes, and their gzip total. */
export function pageCost(dist, routes) {
  const manifest = readManifest(dist);
  const files = staticClosure(manifest, [...entryKeys(manifest), ...routes]);
  const chunks = files.map((file) => sizeOf(dist, file)).sort((a, b) => b.gzip - a.gzip);
  return { chunks, gzip: chunks.reduce((sum, c) => sum + c.gzip, 0), raw: chunks.reduce((s, c) => s + c.raw, 0) };
}

export const kb = (bytes) => (bytes / 1024).toFixed(1);
