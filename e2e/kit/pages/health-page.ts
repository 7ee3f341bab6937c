import { expect, type Locator } from '@playwright/test';
import { paths } from '../../../src/config/paths';
import { PortalPage } from './portal-page';

type Tab = 'Open' | 'Closed' | 'Suppressed';

/** Health Center: tabs of open, closed and suppressed issues; an issue's details (`?issue=<id>`). */
export class HealthCenterPage extends PortalPage {
  readonly path = paths.health;
  readonly title = 'Health Center';

  /** The tab, named "Open (n)" and so on. */
  tab(name: Tab): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}( \\(\\d+\\))?$`) });
  }
  issues(tab: Tab = 'Open'): Locator {
    return this.page.getByRole('table', { name: `${tab} health issues` });
  }
  /** Rows of the tab's table about `sensor` (and with `title`, if given). */
  issueRows(sensor: string, title?: string, tab: Tab = 'Open'): Locator {
    const rows = this.issues(tab)
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: sensor }) });
    return title ? rows.filter({ hasText: title }) : rows;
  }
  /** Opens the first issue of the tab (or the one titled `title`); returns its details region. */
  async openIssue(title?: string, tab: Tab = 'Open') {
    const table = this.issues(tab);
    await (
      title ? table.getByRole('button', { name: title }).first() : table.getByRole('button').first()
    ).click();
    return this.details(title);
  }
  details(title?: string): Locator {
    return this.page.getByRole('region', {
      name: title ? `Health issue: ${title}` : /^Health issue:/,
    });
  }
  /** The open health issues count in the main navigation ("n open health issues"). */
  get navCount(): Locator {
    return this.mainNav.getByLabel(/open health issues?$/);
  }
  /** Suppress… on the open issue, with a reason. */
  async suppressOpenIssue(reason: string) {
    await this.page.getByRole('button', { name: /^Suppress/ }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Suppress/ });
    await dialog.getByRole('textbox').fill(reason);
    await dialog.getByRole('button', { name: /^Suppress/ }).click();
    await expect(dialog).toBeHidden();
  }
  async reopenOpenIssue() {
    await this.page.getByRole('button', { name: /^Reopen/ }).click();
  }
}
