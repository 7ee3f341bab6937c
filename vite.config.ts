/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import griffel from '@griffel/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { fluentIconAtoms } from './scripts/lib/fluent-icon-atoms.mjs';
import { griffelCssExtraction } from './scripts/lib/griffel-css.mjs';
import { mockServiceWorkerSource } from './scripts/lib/mock-service-worker.mjs';
import { msalRedirectOnly } from './scripts/lib/msal-redirect-only.mjs';
import { preloadListsWithoutEntry } from './scripts/lib/preload-lists.mjs';
import { preloadStartUp } from './scripts/lib/preload-start-up.mjs';
import { tldtsStandIn } from './scripts/lib/tldts-stand-in.mjs';

/**
 * Serves and emits the MSW service worker in demo builds only: production builds never carry it.
 * The worker lets every same-origin request outside /api/ go straight to the network
 * (scripts/lib/mock-service-worker.mjs).
 */
function mockServiceWorker(enabled: boolean): Plugin {
  return {
    name: 'vigil-mock-service-worker',
    configureServer(server) {
      if (!enabled) return;
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(mockServiceWorkerSource());
      });
    },
    generateBundle() {
      if (!enabled) return;
      this.emitFile({
        type: 'asset',
        fileName: 'mockServiceWorker.js',
        source: mockServiceWorkerSource(),
      });
    },
  };
}

const openApiDocument = fileURLToPath(new URL('docs/openapi.json', import.meta.url));

/**
 * Demo builds (and the dev server) also answer GET /api/openapi.json without the service worker, so
 * a CI job can fetch the API's description with plain HTTP. In the page the mock backend answers the
 * same URL with the same document (mocks/handlers/openapi.ts; a test keeps them equal).
 */
function openApiFile(enabled: boolean): Plugin {
  return {
    name: 'vigil-openapi-document',
    configureServer(server) {
      if (!enabled) return;
      server.middlewares.use('/api/openapi.json', (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(readFileSync(openApiDocument));
      });
    },
    generateBundle() {
      if (!enabled) return;
      this.emitFile({
        type: 'asset',
        fileName: 'api/openapi.json',
        source: readFileSync(openApiDocument),
      });
    },
  };
}

/**
 * `vite preview` (the e2e suite and the bench serve builds with it) answers every file with
 * `Cache-Control: no-cache`, so a returning browser revalidates each of a page's ~60 script files
 * with a request of its own before it can run them. Files under /assets/ carry a content hash in
 * their names and never change: serve them as a static host should (README § Configuration, Serving a build), cached
 * for a year without asking again. index.html and the worker stay `no-cache`.
 */
function immutableAssets(): Plugin {
  return {
    name: 'vigil-immutable-assets',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.startsWith('/assets/'))
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        next();
      });
    },
  };
}

export default defineConfig(({ command, mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const demo = env.VITE_DEMO === 'true';
  const preloadLists = preloadListsWithoutEntry();
  return {
    plugins: [
      react(),
      // Builds only: our makeStyles() precomputed (as Fluent's own styles already are), then every
      // style rule moved from JavaScript to layered CSS files (scripts/lib/griffel-css.mjs).
      // The dev server and Vitest keep Griffel's run-time styles.
      command === 'build' &&
        griffel({
          babelOptions: {
            presets: [
              '@babel/preset-typescript',
              ['@babel/preset-react', { runtime: 'automatic' }],
            ],
          },
        }),
      griffelCssExtraction(),
      // Builds only: each icon imported from its family's module, so it loads with its page.
      fluentIconAtoms(),
      // Builds only: MSAL's popup and platform-broker clients, which Vigil never runs, left out.
      msalRedirectOnly(),
      mockServiceWorker(demo),
      // Demo builds only (nothing else imports it): MSW's cookie jar without the public suffix list.
      tldtsStandIn(),
      openApiFile(demo),
      immutableAssets(),
      preloadLists.plugin,
      // Builds only: what main.tsx imports dynamically before the first render, preloaded.
      preloadStartUp(
        demo
          ? [
              fileURLToPath(new URL('mocks/browser.ts', import.meta.url)),
              fileURLToPath(new URL('src/lib/auth/demo-navigation-client.ts', import.meta.url)),
            ]
          : [],
      ),
    ],
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('src', import.meta.url)),
        '@mocks': fileURLToPath(new URL('mocks', import.meta.url)),
      },
    },
    build: {
      target: 'es2023',
      // Every browser the es2023 target admits supports <link rel="modulepreload">: no polyfill
      // in the entry chunk.
      // Preload lists without what the entry chunk has already loaded (scripts/lib/preload-lists.mjs).
      modulePreload: { polyfill: false, resolveDependencies: preloadLists.resolveDependencies },
      sourcemap: false,
      reportCompressedSize: false,
      // scripts/lib/bundle-size.mjs reads it to price the JavaScript each page needs.
      manifest: true,
      chunkSizeWarningLimit: 1500,
    },
    preview: { host: '127.0.0.1' },
    test: {
      environment: 'jsdom',
      setupFiles: ['src/testing/setup-tests.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
      // A ceiling for a stuck test, not a wait: the longest journeys take ~20 s when the machine's
      // load average is 10–30 (src/testing/waits.ts).
      testTimeout: 60_000,
      hookTimeout: 60_000,
      pool: 'threads',
      css: false,
    },
  };
});
