import { expect, type Locator } from '@playwright/test';
import { paths } from '../../../src/config/paths';
import { SettingsPage } from './portal-page';

/**
 * Configuration → Detection → Exclusions: a search box (`?q=`), then the global list and one
 * collapsible list per excludable detection, each headed "<name> (<ID>) — <count>".
 */
export class ExclusionsPage extends SettingsPage {
  readonly path = paths.configuration.exclusions;
  readonly title = 'Exclusions';

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search detections and entries' });
  }
  /** A list's header button, by the start of its title ("Global exclusions"). */
  list(title: string | RegExp): Locator {
    return this.page.getByRole('button', {
      name: typeof title === 'string' ? new RegExp(`^${escape(title)}`) : title,
    });
  }
  /** Opens a list (if closed) and answers its entries table. */
  async open(title: string | RegExp): Promise<Locator> {
    const header = this.list(title);
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    return this.page.getByRole('table', { name: 'Entries' });
  }
  /** An entry's row by its value. */
  row(value: string): Locator {
    return this.page.getByRole('row').filter({ hasText: value });
  }
  expiry(value: string): Locator {
    return this.page.getByLabel(`Expiry of ${value} (UTC)`);
  }
  addTo(list: string): Locator {
    return this.page.getByRole('group', { name: `Add to ${list}` });
  }
  pasteMany(list: string): Locator {
    return this.page.getByRole('button', { name: `Paste or upload many to ${list}` });
  }
  /** Paste or upload many → the dialog for `list`. */
  async openPaste(list: string) {
    await this.pasteMany(list).click();
    const dialog = this.page.getByRole('dialog', { name: `Add many to ${list}` });
    await expect(dialog).toBeVisible();
    return {
      root: dialog,
      entries: dialog.getByRole('textbox', { name: 'Entries' }),
      check: dialog.getByRole('button', { name: 'Check' }),
      problems: dialog.getByRole('list', { name: 'Lines with problems' }),
      add: dialog.getByRole('button', { name: /^Add \d+ entr/ }),
    };
  }
  get impact(): Locator {
    return this.page.getByRole('region', { name: 'Impact preview' });
  }
  get exportCsv(): Locator {
    return this.page.getByRole('button', { name: 'Export as CSV' });
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
