/**
 * Vigil's Playwright testing kit (TESTING.md): demo accounts and sessions, demo controls
 * (scenario, time, faults), an axe check, and page objects for every page of the portal.
 * Our own e2e suite uses it, so it can't drift from the app.
 */
export { expect } from '@playwright/test';
export type { FaultSettings } from '../../src/api/contracts/demo';
export type { ScenarioName } from '../../src/api/contracts/vocabulary';
export { scenarioNameSchema } from '../../src/api/contracts/vocabulary';
export { paths } from '../../src/config/paths';
export { demoAccountNames, demoAccounts, type DemoAccount } from './accounts';
export { expectAccessible } from './accessibility';
export { demo } from './demo';
export { callApi, captureAccessToken, mockBackendReady, shareServiceState } from './service';
export { Sessions, signIn, withScenario, type SessionState } from './sign-in';
export { test, type VigilFixtures, type VigilOptions, type VigilWorkerOptions } from './test';
export * from './pages/admin-pages';
export * from './pages/alerts-pages';
export * from './pages/entity-tags-page';
export * from './pages/entry-pages';
export * from './pages/exclusions-page';
export * from './pages/health-page';
export * from './pages/home-page';
export * from './pages/move-from-ata-page';
export { PortalPage, SettingsPage, type GotoOptions } from './pages/portal-page';
export * from './pages/reports-pages';
export * from './pages/sensors-page';
export * from './pages/settings-pages';
export * from './pages/shell';
// So an outside suite's playwright.config.ts needs nothing but this module (one copy of Playwright).
export { defineConfig, devices } from '@playwright/test';
export { chromiumFlags, chromiumPath } from '../../scripts/lib/chromium.mjs';
