import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import * as bundleSize from './lib/bundle-size.mjs';

const { entryKeys, formatTable, pageChunks, parseIndexHtml, staticClosure, total } = bundleSize;

// A small Vite manifest: route chunks import shared code that lives in the entry ("index.html"),
// as Vite writes it; the entry lazily imports every route.
const manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_react.js'],
    dynamicImports: ['src/page.tsx', 'src/other.tsx', 'src/error-view.tsx'],
  },
  '_react.js': { file: 'assets/react.js' },
  '_shared.js': { file: 'assets/shared.js', imports: ['_react.js', 'index.html'] },
  'src/layout.tsx': {
    file: 'assets/layout.js',
    isDynamicEntry: true,
    imports: ['index.html', '_shared.js'],
  },
  'src/page.tsx': {
    file: 'assets/page.js',
    isDynamicEntry: true,
    imports: ['_shared.js', 'src/page.tsx'],
    dynamicImports: ['src/drawer.tsx'],
    css: ['assets/page.css'],
  },
  'src/drawer.tsx': { file: 'assets/drawer.js', isDynamicEntry: true, imports: ['_big.js'] },
  'src/other.tsx': { file: 'assets/other.js', isDynamicEntry: true, imports: ['_big.js'] },
  'src/error-view.tsx': { file: 'assets/error-view.js', isDynamicEntry: true },
  '_big.js': { file: 'assets/big.js' },
};

const indexHtml = `<!doctype html><html><head>
  <script type="module" crossorigin src="/assets/index.js"></script>
  <link rel="modulepreload" crossorigin href="/assets/react.js">
  <link rel="stylesheet" href="/assets/index.css">
  <link rel="icon" href="/favicon.svg">
</head><body><script src="https://example.com/analytics.js"></script></body></html>`;

describe('parseIndexHtml', () => {
  it('finds the entry script, module preloads and stylesheets, not icons or remote scripts', () => {
    expect(parseIndexHtml(indexHtml)).toEqual({
      scripts: ['assets/index.js'],
      preloads: ['assets/react.js'],
      stylesheets: ['assets/index.css'],
    });
  });

  it('accepts attributes in any order and quote style', () => {
    const html = `<link href='./assets/a.js' rel='modulepreload'><script src="assets/e.js?v=1" type="module"></script>`;
    expect(parseIndexHtml(html)).toEqual({
      scripts: ['assets/e.js'],
      preloads: ['assets/a.js'],
      stylesheets: [],
    });
  });
});

describe('staticClosure', () => {
  it('follows static imports (through cycles), not dynamic imports', () => {
    const closure = staticClosure(manifest, [...entryKeys(manifest), 'src/page.tsx']);
    expect(closure.js.sort()).toEqual([
      'assets/index.js',
      'assets/page.js',
      'assets/react.js',
      'assets/shared.js',
    ]);
    expect(closure.css).toEqual(['assets/page.css']);
    expect(closure.deferred.sort()).toEqual([
      'src/drawer.tsx',
      'src/error-view.tsx',
      'src/other.tsx',
    ]);
  });

  it('fails loudly for a route the build does not have', () => {
    expect(() => staticClosure(manifest, ['src/missing.tsx'])).toThrow(
      /no entry for src\/missing.tsx/,
    );
  });
});

describe('pageChunks', () => {
  it('counts the entry, its preloads and the routes with their static imports; lists the routes’ lazy imports', () => {
    const page = pageChunks(manifest, indexHtml, ['src/layout.tsx', 'src/page.tsx']);
    expect(page.js.sort()).toEqual([
      'assets/index.js',
      'assets/layout.js',
      'assets/page.js',
      'assets/react.js',
      'assets/shared.js',
    ]);
    // The drawer is the page's; the other routes and the error view are the entry's, not listed.
    expect(page.deferred).toEqual(['src/drawer.tsx']);
    expect(page.htmlOnly).toEqual([]);
  });

  it('counts a chunk index.html loads even if the manifest closure misses it', () => {
    const html = indexHtml.replace(
      '</head>',
      '<link rel="modulepreload" href="/assets/polyfill.js"></head>',
    );
    const page = pageChunks(manifest, html, ['src/page.tsx']);
    expect(page.htmlOnly).toEqual(['assets/polyfill.js']);
    expect(page.js).toContain('assets/polyfill.js');
  });

  it('refuses an index.html without an entry script', () => {
    expect(() => pageChunks(manifest, '<html></html>', [])).toThrow(/no <script src>/);
  });
});

describe('totals and table', () => {
  const chunks = [
    { file: 'assets/index.js', raw: 300 * 1024, gzip: 100 * 1024 },
    { file: 'assets/page.js', raw: 30 * 1024, gzip: 10 * 1024 },
  ];

  it('sums raw and gzip sizes', () => {
    expect(total(chunks)).toEqual({ raw: 330 * 1024, gzip: 110 * 1024 });
  });

  it('prints one row per chunk and the total against the budget', () => {
    const table = formatTable(
      { chunks, ...total(chunks), deferred: [], css: [] },
      { budgetKB: 260 },
    );
    expect(table).toMatch(/assets\/index\.js\s+300\.0\s+100\.0/);
    expect(table).toMatch(/Sensors page total \(2 chunks\)\s+330\.0\s+110\.0\s+budget 260 KB/);
  });
});
