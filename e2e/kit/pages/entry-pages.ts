import { expect, type Locator, type Page } from '@playwright/test';
import type { ScenarioName } from '../../../src/api/contracts/vocabulary';
import { paths } from '../../../src/config/paths';
import type { DemoAccount } from '../accounts';
import { withScenario } from '../sign-in';
import { PortalPage } from './portal-page';

/** The start page a signed-out visitor sees. */
export class SignedOutPage extends PortalPage {
  readonly path = paths.signedOut;
  readonly title = 'Identity threat detection for your Active Directory';

  get signIn(): Locator {
    return this.page.getByRole('button', { name: 'Sign in' });
  }

  override get heading(): Locator {
    return this.page.getByRole('heading', { name: this.title });
  }

  override async expectLoaded() {
    await expect(this.signIn).toBeVisible();
  }

  /** Sign in → the mock account picker. */
  async openAccountPicker() {
    await this.signIn.click();
    const picker = new AccountPicker(this.page);
    await expect(picker.heading).toBeVisible();
    return picker;
  }
}

/** The mock Microsoft account picker (`/_mock-idp/authorize`, demo builds only). */
export class AccountPicker {
  constructor(readonly page: Page) {}
  get heading(): Locator {
    return this.page.getByRole('heading', { name: /pick an account/i });
  }
  account(upn: DemoAccount): Locator {
    return this.page.getByRole('button', { name: new RegExp(upn.replaceAll('.', '\\.')) });
  }
  async choose(upn: DemoAccount) {
    await this.account(upn).click();
    await this.page.waitForURL((url) => !url.pathname.startsWith('/_mock-idp'));
  }
}

/** Signed in, but no role group of the tenant's instance: Sign out and nothing else. */
export class UnauthorizedPage extends PortalPage {
  readonly path = paths.unauthorized;
  readonly title = 'You don’t have access to Vigil';
  override get heading(): Locator {
    return this.page.getByRole('heading', { name: this.title });
  }
  get signOut(): Locator {
    return this.page.getByRole('button', { name: 'Sign out' });
  }
}

/** The tenant has no instance yet: details and Create instance (directory administrators). */
export class WelcomePage extends PortalPage {
  readonly path = paths.noInstance;
  readonly title = 'Welcome to Vigil';
  override get heading(): Locator {
    return this.page.getByRole('heading', { name: this.title });
  }
  get createInstance(): Locator {
    return this.page.getByRole('button', { name: 'Create instance' });
  }
  /** The progress card shown while the instance is created. */
  get creating(): Locator {
    return this.page.getByRole('heading', { name: 'Creating your instance' });
  }
  get progress(): Locator {
    return this.page.getByRole('list', { name: 'Progress' });
  }
  /** Creates the instance and waits for Home. */
  async create() {
    await this.createInstance.click();
    await expect(this.page).toHaveURL(new RegExp(`${paths.home}$`), { timeout: 15_000 });
  }
}

/** Opens the start page with `?scenario=` (resets the demo data). */
export async function openStartPage(page: Page, scenario?: ScenarioName) {
  await page.goto(withScenario(paths.signedOut, scenario));
  const start = new SignedOutPage(page);
  await start.expectLoaded();
  return start;
}
