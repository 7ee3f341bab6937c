import { test as base, type Page } from '@playwright/test';
import type { ScenarioName } from '../../src/api/contracts/vocabulary';
import { demoAccounts, type DemoAccount } from './accounts';
import { Sessions, withScenario } from './sign-in';

export interface VigilOptions {
  /**
   * The demo account the test's `page` is signed in as (a saved session: no sign-in in the test).
   * Unset (the default): `page` starts signed out.
   */
  account: DemoAccount | undefined;
}

export interface VigilFixtures {
  /**
   * Another signed-in user, in a browser context of its own (its own copy of the demo backend:
   * see `shareServiceState`). Opens `path` (default: where the account lands), resetting the demo
   * data to `scenario` if given. Closed after the test.
   */
  signedInAs: (
    account: DemoAccount,
    options?: { scenario?: ScenarioName; path?: string },
  ) => Promise<Page>;
}

export interface VigilWorkerOptions {
  /**
   * A folder where saved sessions are shared by every worker of the run (one sign-in per account
   * per run instead of per worker). Unset: each worker signs in for itself.
   */
  sessionsDir: string | undefined;
}

export interface VigilWorkerFixtures extends VigilWorkerOptions {
  /** One sign-in per demo account per worker, reused by every test of the worker. */
  sessions: Sessions;
}

/**
 * Playwright's `test` with the Vigil fixtures: `test.use({ account: 'admin@contoso.com' })` gives
 * a signed-in `page`; `signedInAs()` gives more users.
 */
export const test = base.extend<VigilOptions & VigilFixtures, VigilWorkerFixtures>({
  account: [undefined, { option: true }],
  sessionsDir: [undefined, { option: true, scope: 'worker' }],
  sessions: [
    async ({ browser, sessionsDir }, provide, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      if (!baseURL) throw new Error('Set use.baseURL to the Vigil demo build’s address');
      await provide(new Sessions(browser, baseURL, sessionsDir));
    },
    { scope: 'worker' },
  ],
  storageState: async ({ account, sessions }, provide) => {
    await provide(account ? await sessions.get(account) : undefined);
  },
  signedInAs: async ({ browser, sessions }, provide) => {
    const opened: { close(): Promise<void> }[] = [];
    await provide(async (account, options = {}) => {
      const context = await browser.newContext({ storageState: await sessions.get(account) });
      opened.push(context);
      const page = await context.newPage();
      await page.goto(
        withScenario(options.path ?? demoAccounts[account].landsOn, options.scenario),
      );
      return page;
    });
    await Promise.all(opened.map((context) => context.close()));
  },
});
