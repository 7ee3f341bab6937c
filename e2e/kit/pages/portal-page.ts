import { expect, type Locator, type Page } from '@playwright/test';
import type { ScenarioName } from '../../../src/api/contracts/vocabulary';
import { expectAccessible } from '../accessibility';
import { withScenario } from '../sign-in';

export interface GotoOptions {
  /** Resets the demo data to this scenario first (`?scenario=`). */
  scenario?: ScenarioName;
  /** Extra query string, e.g. `'q=emea&dir=desc'` (the URL is the state of filters and sort). */
  query?: string;
}

/** A page of the portal: its path, its level-1 heading, and the shell around it. */
export abstract class PortalPage {
  abstract readonly path: string;
  abstract readonly title: string;

  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.title });
  }

  /** Opens the page by URL and waits for its heading. */
  async goto(options: GotoOptions = {}): Promise<this> {
    const path = options.query ? `${this.path}?${options.query}` : this.path;
    await this.page.goto(withScenario(path, options.scenario));
    await this.expectLoaded();
    return this;
  }

  async expectLoaded() {
    await expect(this.heading).toBeVisible();
  }

  /** The note a role that can't change the page sees ("Only Administrators can …"). */
  readOnlyNote(text: string | RegExp = /^Only /): Locator {
    return this.page.getByText(text);
  }

  get mainNav(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' });
  }

  get configurationNav(): Locator {
    return this.page.getByRole('navigation', { name: 'Configuration' });
  }

  /**
   * Opens this page from the main navigation: a client-side navigation, far cheaper than `goto()`
   * (which loads the app again: mock backend, MSAL). For pages listed there (Home, Health Center).
   */
  async openFromMainNav(label = this.title) {
    await this.mainNav.getByRole('link', { name: label }).click();
    await this.expectLoaded();
    return this;
  }

  /** Follows a link of Configuration's sub-navigation ('VPN', 'Audit log', …). */
  async openFromConfigurationNav(label: string) {
    await this.configurationNav.getByRole('link', { name: label }).click();
  }

  expectAccessible(context?: string) {
    return expectAccessible(this.page, context ?? this.title);
  }
}

/** A settings page: one form, Save (disabled until something changed), a read-only note for roles that can't edit. */
export abstract class SettingsPage extends PortalPage {
  get save(): Locator {
    return this.page.getByRole('button', { name: 'Save' });
  }

  /** Saves and waits until the form is clean again (Save disabled). */
  async saveAndWait() {
    await this.save.click();
    await expect(this.save).toBeDisabled();
  }

  /** "Last changed by <name> …" under the form. */
  lastChangedBy(name: string): Locator {
    return this.page.getByText(new RegExp(`Last changed by ${name}`));
  }
}
