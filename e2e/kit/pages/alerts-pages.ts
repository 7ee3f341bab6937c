import { expect, type Locator, type Page } from '@playwright/test';
import { paths } from '../../../src/config/paths';
import { PortalPage } from './portal-page';

type Filter = 'All' | 'Open' | 'High' | 'Medium' | 'Low' | 'Closed' | 'Suppressed';

/**
 * Security alerts timeline (`?filter=`): the Filter by pane, cards (articles named by their
 * title), each with an "Actions for <title>" menu, the new-alerts status, keyboard triage.
 */
export class AlertsTimelinePage extends PortalPage {
  readonly path = paths.alerts;
  readonly title = 'Security alerts';

  /** A link of the Filter by pane ("Open 15"). */
  filter(name: Filter): Locator {
    return this.page
      .getByRole('navigation', { name: 'Filter by' })
      .getByRole('link', { name: new RegExp(`^${name} \\d+$`) });
  }
  /** The list of cards ("Open alerts", "Closed alerts", …). */
  get list(): Locator {
    return this.page.getByRole('list', { name: /alerts$/ });
  }
  get cards(): Locator {
    return this.list.getByRole('article');
  }
  /** The card titled `title` (the first, if several). */
  card(title: string | RegExp): Locator {
    return this.list.getByRole('article', { name: title }).first();
  }
  /** The card that has the keyboard selection (focus). */
  get selectedCard(): Locator {
    return this.list.locator('article[tabindex="0"]');
  }
  /** "2 new alerts" with Show: a polite status above the list. */
  get newAlerts(): Locator {
    return this.page.getByRole('status').filter({ hasText: /new alerts?/ });
  }
  /** The toast saying what the last action did. */
  get message(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^Alert |Link |Downloaded|Viewers/ });
  }
  /** Opens a card's ⋮ menu and returns it. */
  async openMenu(card: Locator): Promise<Locator> {
    await card.getByRole('button', { name: /^Actions for / }).click();
    const menu = this.page.getByRole('menu');
    await expect(menu).toBeVisible();
    return menu;
  }
  get shortcutsDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  }
}

/**
 * One alert (`/alerts/:id`): its title is the level-1 heading (`title`; any title when empty);
 * ⋮ menu; back link to the timeline.
 */
export class AlertPage extends PortalPage {
  readonly path: string;
  readonly title: string;

  constructor(page: Page, id = '', title = '') {
    super(page);
    this.path = paths.alert(id);
    this.title = title;
  }
  override get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.title || /.+/ });
  }
  get backToTimeline(): Locator {
    return this.page.getByRole('link', { name: 'Back to security alerts' });
  }
  get chain(): Locator {
    return this.page.getByRole('list', { name: 'What happened' });
  }
  get history(): Locator {
    return this.page.getByRole('table', { name: 'Alert history' });
  }
  async openMenu(): Promise<Locator> {
    await this.page.getByRole('button', { name: /^Actions for / }).click();
    const menu = this.page.getByRole('menu');
    await expect(menu).toBeVisible();
    return menu;
  }
  override expectAccessible(context?: string) {
    return super.expectAccessible(context ?? 'alert page');
  }
}
