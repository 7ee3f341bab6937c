import { expect, type Locator, type Page } from '@playwright/test';
import type { ScenarioName } from '../../../src/api/contracts/vocabulary';

/** The Demo menu in the header (demo builds only): scenario, reset, simulations, faults. */
export class DemoMenu {
  constructor(readonly page: Page) {}

  get button(): Locator {
    return this.page.getByRole('button', { name: /^Demo/ });
  }

  /** "Demo (faults on)" while any fault is injected. */
  async expectFaultsOn(on = true) {
    await expect(this.button).toHaveText(on ? 'Demo (faults on)' : 'Demo');
  }

  async open() {
    await this.button.click();
    return this.page.getByRole('menu');
  }

  /** Switches scenario (the page reloads with the new data). */
  async switchScenario(scenario: ScenarioName) {
    await this.open();
    await this.page.getByRole('menuitemradio', { name: scenario, exact: true }).click();
  }

  async reset() {
    await this.open();
    await this.page.getByRole('menuitem', { name: 'Reset demo data' }).click();
  }

  async advanceTime(by: '15 minutes' | '1 day') {
    await this.open();
    await this.page.getByRole('menuitem', { name: `Advance time by ${by}` }).click();
  }

  /** Opens Demo → Outbox (what the service sent). */
  async openOutbox() {
    await this.open();
    await this.page.getByRole('menuitem', { name: 'Outbox' }).click();
  }

  /** Picks a radio or checkbox item ('3 s latency', '30% of calls fail', 'Offline') and closes the menu. */
  async toggleFault(
    item:
      | '1 s latency'
      | '3 s latency'
      | 'No added latency'
      | '10% of calls fail'
      | '30% of calls fail'
      | 'No errors'
      | 'Offline',
  ) {
    await this.open();
    const role = item === 'Offline' ? 'menuitemcheckbox' : 'menuitemradio';
    await this.page.getByRole(role, { name: item }).click();
    await this.page.keyboard.press('Escape');
  }

  /** Demo → Simulate sensor outage…: the dialog. */
  async openOutageDialog() {
    await this.open();
    await this.page.getByRole('menuitem', { name: 'Simulate sensor outage…' }).click();
    return new OutageDialog(this.page);
  }

  /** Demo → Simulate sensor install…: the dialog. */
  async openInstallDialog() {
    await this.open();
    await this.page.getByRole('menuitem', { name: 'Simulate sensor install…' }).click();
    return new InstallDialog(this.page);
  }
}

export class OutageDialog {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Simulate sensor outage' });
  }
  async start(sensorName: string) {
    await this.root
      .getByRole('combobox', { name: 'Running sensor' })
      .selectOption({ label: sensorName });
    await this.root.getByRole('button', { name: 'Start outage' }).click();
    await expect(this.root).toBeHidden();
  }
  async end(sensorName: string) {
    await this.root.getByRole('button', { name: `End outage of ${sensorName}` }).click();
    await this.root.getByRole('button', { name: 'Close' }).click();
    await expect(this.root).toBeHidden();
  }
}

export class InstallDialog {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Simulate sensor install' });
  }
  get accessKey(): Locator {
    return this.root.getByRole('textbox', { name: /Access key/ });
  }
  get domainController(): Locator {
    return this.root.getByRole('combobox', { name: 'Domain controller' });
  }
  /**
   * Installs on the pre-selected unmonitored DC with `key` (default: the pre-filled current key).
   * Returns the sensor's name (the DC's short name, upper case).
   */
  async install(key?: string) {
    await expect(this.accessKey).not.toHaveValue('');
    if (key !== undefined) await this.accessKey.fill(key);
    const dc = await this.domainController.inputValue();
    await this.root.getByRole('button', { name: 'Install sensor' }).click();
    return (dc.split('.')[0] ?? '').toUpperCase();
  }
  async close() {
    await this.root.getByRole('button', { name: 'Close' }).click();
    await expect(this.root).toBeHidden();
  }
}

/** The account button in the header and its panel (who, tenant, role, Sign out). */
export class AccountPanel {
  constructor(readonly page: Page) {}
  get button(): Locator {
    return this.page.getByRole('button', { name: /^Account:/ });
  }
  get panel(): Locator {
    return this.page.getByRole('dialog', { name: 'Account' });
  }
  async open() {
    await this.button.click();
    await expect(this.panel).toBeVisible();
    return this.panel;
  }
  async signOut() {
    await this.open();
    await this.panel.getByRole('button', { name: 'Sign out' }).click();
  }
}

/** The Theme menu in the header. */
export class ThemeMenu {
  constructor(readonly page: Page) {}
  async choose(theme: 'Light' | 'Dark' | 'System') {
    await this.page.getByRole('button', { name: 'Theme' }).click();
    await this.page.getByRole('menuitemradio', { name: theme }).click();
  }
  /** The element that carries the applied theme. */
  applied(theme: 'light' | 'dark'): Locator {
    return this.page.locator(`[data-theme="${theme}"]`).first();
  }
}
