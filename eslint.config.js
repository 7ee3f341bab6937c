// @ts-check
// Import cycles are checked by scripts/check-import-cycles.mjs (part of `npm run lint`).
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Feature zones are generated from the folder list, so a new feature needs no config edit. */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const msg = {
  app: 'Shared code and features must not import src/app: pass what you need in as props or move it to a shared folder.',
  feature:
    'Features must not import each other: compose them in a route module under src/app/routes, and link with `paths`.',
  mocks:
    'Only mocks/, e2e/, src/testing and (dynamically, behind the demo flag) src/main.tsx may import the mock backend.',
  msal: 'Only src/lib/auth may import @azure/msal-*: use useAuth() or the AuthSession interface.',
  recharts: 'Only src/components/charts may import recharts.',
  graph:
    'Only src/components/graph may import the graph library (@xyflow/react, @dagrejs/dagre): render graphs with its components, loaded lazily.',
  apiReact: 'src/api is framework-free: no React imports here.',
  mocksFromSrc:
    'The mock backend may import only src/api/contracts, src/api/endpoints and src/config/paths from src/.',
  e2eFromSrc:
    'e2e suites may import only src/config/paths, src/api/endpoints and src/api/contracts from src/.',
};

// Classic zod is not tree-shakable: it made the Sensors page ~14 KB gzip heavier than zod/mini.
const zodPaths = ['zod', 'zod/v4', 'zod/v4/classic', 'zod/v3'].map((name) => ({
  name,
  message:
    "Use zod/mini (`import * as z from 'zod/mini'`): classic zod is not tree-shakable and adds ~14 KB gzip to every page's first render. See ARCHITECTURE.md § Contracts.",
}));
// Every block below sets its own no-restricted-imports (a later block replaces an earlier one), so
// each carries the zod rule.
const restrict = (patterns, paths = []) => ['error', { patterns, paths: [...paths, ...zodPaths] }];
const mocksPattern = { group: ['**/mocks/**', '@mocks/*', '@mocks/**'], message: msg.mocks };
const appPattern = { group: ['@/app/*', '@/app/**', '**/src/app/**'], message: msg.app };
const msalPattern = { group: ['@azure/msal-*'], message: msg.msal };
const rechartsPath = { name: 'recharts', message: msg.recharts };
const graphPatterns = { group: ['@xyflow/*', '@dagrejs/*'], message: msg.graph };

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'dist-demo',
      'test-results',
      'playwright-report',
      'bench',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'no-restricted-imports': restrict([]),
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  // Shared layers: api, lib, components, config.
  {
    files: ['src/api/**', 'src/lib/**', 'src/components/**', 'src/config/**'],
    ignores: ['src/lib/auth/**'],
    rules: {
      'no-restricted-imports': restrict(
        [
          mocksPattern,
          appPattern,
          msalPattern,
          { group: ['@/features/*', '@/features/**'], message: msg.app },
          graphPatterns,
        ],
        [rechartsPath],
      ),
    },
  },
  {
    files: ['src/lib/auth/**'],
    rules: {
      'no-restricted-imports': restrict([
        mocksPattern,
        appPattern,
        { group: ['@/features/**'], message: msg.app },
      ]),
    },
  },
  {
    files: ['src/api/**'],
    rules: {
      'no-restricted-imports': restrict([
        mocksPattern,
        appPattern,
        msalPattern,
        { group: ['react', 'react-dom', 'react/*', '@tanstack/react-*'], message: msg.apiReact },
      ]),
    },
  },
  {
    files: ['src/components/charts/**'],
    rules: {
      'no-restricted-imports': restrict([mocksPattern, appPattern, msalPattern, graphPatterns]),
    },
  },
  {
    files: ['src/components/graph/**'],
    rules: {
      'no-restricted-imports': restrict(
        [
          mocksPattern,
          appPattern,
          msalPattern,
          { group: ['@/features/*', '@/features/**'], message: msg.app },
        ],
        [rechartsPath],
      ),
    },
  },
  // One block per feature: itself and shared code only.
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': restrict(
        [
          mocksPattern,
          appPattern,
          msalPattern,
          {
            group: features
              .filter((f) => f !== feature)
              .flatMap((f) => [`@/features/${f}`, `@/features/${f}/**`, `**/features/${f}/**`]),
            message: msg.feature,
          },
          graphPatterns,
        ],
        [rechartsPath],
      ),
    },
  })),
  {
    files: ['src/app/**'],
    rules: {
      'no-restricted-imports': restrict([mocksPattern, msalPattern, graphPatterns], [rechartsPath]),
    },
  },
  {
    files: ['mocks/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          regex: '^(\\.\\./)+src/(?!api/contracts/|api/endpoints$|config/paths$)',
          message: msg.mocksFromSrc,
        },
        {
          group: ['@/*', '!@/api/contracts/*', '!@/api/endpoints', '!@/config/paths'],
          message: msg.mocksFromSrc,
        },
      ]),
    },
  },
  {
    files: ['e2e/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          regex: '^(\\.\\./)+src/(?!api/contracts/|api/endpoints$|config/paths$)',
          message: msg.e2eFromSrc,
        },
      ]),
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**', 'scripts/**', 'src/testing/**'],
    rules: { 'no-console': 'off' },
  },
  // Tests beside the code may set up the mock backend (mocks/configure, mocks/testing), like src/testing.
  {
    files: ['src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict([msalPattern, graphPatterns], [rechartsPath]) },
  },
);
