import type { Locator } from '@playwright/test';
import { paths } from '../../../src/config/paths';
import { PortalPage } from './portal-page';

/** Home: how the deployment is doing, and the setup steps until they are done. */
export class HomePage extends PortalPage {
  readonly path = paths.home;
  readonly title = 'Home';

  get sensorsByStatus(): Locator {
    return this.page.getByRole('table', { name: 'Sensors by status' });
  }
  /** "Set up <instance>": one list item per step, "(done)" / "(not done)" in each. */
  setupSteps(instanceName: string): Locator {
    return this.page.getByRole('region', { name: `Set up ${instanceName}` }).getByRole('listitem');
  }
  /** "n of m domain controllers have a sensor". */
  get coverage(): Locator {
    return this.page.getByText(/\d+ of \d+ domain controllers have a sensor/);
  }
}
