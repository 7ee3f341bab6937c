import { expect, type Locator, type Page } from '@playwright/test';
import { paths } from '../../../src/config/paths';
import { PortalPage } from './portal-page';

/** Configuration → Sensors: the list (filters and sort in the URL), a sensor's drawer, Add sensor. */
export class SensorsPage extends PortalPage {
  readonly path = paths.sensors;
  readonly title = 'Sensors';

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Sensors' });
  }
  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search sensors' });
  }
  /** "Showing n of m sensors". */
  showing(n: number, of = n): Locator {
    return this.page.getByText(new RegExp(`Showing ${n} of ${of} sensors`));
  }
  /** "n of m domain controllers are monitored; k aren’t" (or "All m … have sensors"). */
  get coverage(): Locator {
    return this.page.getByText(/domain controllers (are monitored|have sensors)/);
  }
  /** The sensor's name button in its row (opens the drawer). */
  sensorButton(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }
  /** The sensor's row, after searching for its name (rows are virtualised). */
  async row(name: string): Promise<Locator> {
    await this.search.fill(name.toLowerCase());
    return this.page.getByRole('row').filter({ has: this.sensorButton(name) });
  }
  sortBy(column: string): Promise<void> {
    return this.page.getByRole('button', { name: new RegExp(`^${column}`) }).click();
  }
  /** The designed empty state of an instance without sensors. */
  get emptyState(): Locator {
    return this.page.getByRole('region', { name: 'No sensors yet' });
  }
  /** The page header's Add sensor (Administrators only). */
  get addSensor(): Locator {
    return this.page.getByRole('button', { name: 'Add sensor' }).first();
  }

  async openSensor(name: string) {
    await this.sensorButton(name).click();
    const drawer = new SensorDrawer(this.page, name);
    await expect(drawer.root).toBeVisible();
    return drawer;
  }

  /** The Add sensor drawer (download and access key), opened unless the URL already opens it. */
  async openSetup() {
    const setup = new SensorSetupDrawer(this.page);
    if (!/[?&]setup=open/.test(this.page.url())) await this.addSensor.click();
    await expect(setup.root).toBeVisible();
    await expect(this.page).toHaveURL(/[?&]setup=open/);
    return setup;
  }
}

/** A sensor's details drawer (`?sensor=<id>`). */
export class SensorDrawer {
  readonly root: Locator;
  constructor(
    readonly page: Page,
    readonly name: string,
  ) {
    this.root = page.getByRole('dialog', { name });
  }
  async close() {
    await this.root.getByRole('button', { name: 'Close' }).click();
    await expect(this.root).toBeHidden();
  }
}

/** The Add sensor drawer (`?setup=open`): Download sensor setup, the access key, Regenerate. */
export class SensorSetupDrawer {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Sensor setup' });
  }
  get download(): Locator {
    return this.root.getByRole('button', { name: 'Download sensor setup' });
  }
  get accessKey(): Locator {
    return this.root.getByRole('textbox', { name: 'Access key', exact: true });
  }
  get copy(): Locator {
    return this.root.getByRole('button', { name: 'Copy' });
  }
  get regenerate(): Locator {
    return this.root.getByRole('button', { name: 'Regenerate' });
  }
  /** Reveals the access key (if hidden) and returns it. */
  async revealKey(): Promise<string> {
    if (!(await this.accessKey.isVisible())) {
      await this.root.getByRole('button', { name: 'Reveal' }).click();
    }
    await expect(this.accessKey).toHaveValue(/^[A-Za-z0-9+/]{86}==$/);
    return this.accessKey.inputValue();
  }
  /** Regenerate → confirm; returns once the dialog has closed. */
  async regenerateKey() {
    await this.regenerate.click();
    const confirm = this.page.getByRole('dialog', { name: 'Regenerate the access key?' });
    await confirm.getByRole('button', { name: 'Regenerate' }).click();
    await expect(confirm).toBeHidden();
  }
  /** Closes the drawer (it blocks the rest of the page, the Demo menu too, while open). */
  async close() {
    await this.root.getByRole('button', { name: 'Close' }).click();
    await expect(this.root).toBeHidden();
    await expect(this.page).not.toHaveURL(/setup=open/);
  }
}
