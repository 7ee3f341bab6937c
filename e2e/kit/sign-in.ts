import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import type { ScenarioName } from '../../src/api/contracts/vocabulary';
import { paths } from '../../src/config/paths';
import type { DemoAccount } from './accounts';

/** `path` with `?scenario=<name>` added: opening it resets the demo data to that scenario. */
export function withScenario(path: string, scenario?: ScenarioName) {
  if (!scenario) return path;
  return `${path}${path.includes('?') ? '&' : '?'}scenario=${scenario}`;
}

/**
 * Signs in through the real redirect flow: the start page (resetting the demo data to
 * `scenario`), Sign in, the mock account picker, and back to the portal. Returns once the portal
 * has the page it lands on (`demoAccounts[account].landsOn`).
 */
export async function signIn(page: Page, account: DemoAccount, scenario: ScenarioName = 'contoso') {
  await page.goto(withScenario(paths.signedOut, scenario));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: new RegExp(account.replaceAll('.', '\\.')) }).click();
  await page.waitForURL(
    (url) => !url.pathname.startsWith('/_mock-idp') && url.pathname !== paths.signedOut,
  );
}

export type SessionState = Exclude<BrowserContextOptions['storageState'], string | undefined>;

/**
 * Signed-in sessions, one sign-in per account per worker: the MSAL token cache lives in the
 * origin's localStorage (and its encryption key in a session cookie), so a browser context made
 * with this state is signed in at once. Demo data is not part of it (each context starts from the
 * default scenario, or the one its first URL names). Tokens live an hour.
 *
 * With `dir`, sessions are also kept as files there, so every worker of a run shares one sign-in
 * per account (our suite's `sessions` setup project fills it first).
 */
export class Sessions {
  private readonly cache = new Map<DemoAccount, Promise<SessionState>>();

  constructor(
    private readonly browser: Browser,
    private readonly baseURL: string,
    private readonly dir?: string,
  ) {}

  get(account: DemoAccount): Promise<SessionState> {
    let state = this.cache.get(account);
    if (!state) {
      state = this.signInOnce(account);
      this.cache.set(account, state);
    }
    return state;
  }

  private file(account: DemoAccount) {
    return this.dir ? join(this.dir, `${account}.json`) : undefined;
  }

  private async signInOnce(account: DemoAccount): Promise<SessionState> {
    const file = this.file(account);
    if (file) {
      const saved = await readFile(file, 'utf8').catch(() => undefined);
      if (saved) return JSON.parse(saved) as SessionState;
    }
    const state = await this.signInThroughPicker(account);
    if (file && this.dir) {
      await mkdir(this.dir, { recursive: true });
      await writeFile(file, JSON.stringify(state));
    }
    return state;
  }

  private async signInThroughPicker(account: DemoAccount) {
    const context = await this.browser.newContext({ baseURL: this.baseURL });
    try {
      await signIn(await context.newPage(), account);
      return await context.storageState();
    } finally {
      await context.close();
    }
  }
}
