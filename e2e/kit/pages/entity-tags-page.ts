import { expect, type Locator, type Page } from '@playwright/test';
import type { EntityTagSection } from '../../../src/api/contracts/entity-tags';
import { entityTagSections } from '../../../src/api/contracts/entity-tags';
import { paths } from '../../../src/config/paths';
import { SettingsPage } from './portal-page';
import { DemoMenu } from './shell';

/**
 * Configuration → Detection → Entity tags: Honeytoken, Sensitive accounts, Sensitive groups and
 * Exchange servers (add by search or by pasting a list, remove), the built-in sensitive groups.
 */
export class EntityTagsPage extends SettingsPage {
  readonly path = paths.configuration.entityTags;
  readonly title = 'Entity tags';

  /** The section's header button; its text holds the count ("2 accounts"). */
  section(section: EntityTagSection): Locator {
    return this.page.getByRole('button', {
      name: new RegExp(`^${entityTagSections[section].title}`),
    });
  }
  /** The entities listed in a section (absent while it is empty). */
  entities(section: EntityTagSection): Locator {
    return this.page.getByRole('list', {
      name: new RegExp(`^${entityTagSections[section].title}`),
    });
  }
  search(section: EntityTagSection): Locator {
    return this.page.getByRole('combobox', { name: `Add to ${entityTagSections[section].title}` });
  }
  get builtInGroups(): Locator {
    return this.page.getByRole('table', { name: /Built-in sensitive groups/ });
  }

  /** Searches (name, SAM name, UPN) and picks the suggestion named `option`. */
  async add(section: EntityTagSection, text: string, option: string | RegExp) {
    await this.search(section).fill(text);
    await this.page.getByRole('option', { name: option }).first().click();
  }

  remove(section: EntityTagSection, name: string): Locator {
    return this.page.getByRole('button', {
      name: `Remove ${name} from ${entityTagSections[section].title}`,
    });
  }

  /** Paste a list… → the dialog, filled with one line per entry and submitted. */
  async paste(section: EntityTagSection, lines: string[]) {
    const { title } = entityTagSections[section];
    await this.section(section)
      .locator('xpath=ancestor::*[contains(@class, "fui-AccordionItem")][1]')
      .getByRole('button', { name: 'Paste a list…' })
      .click();
    const dialog = this.page.getByRole('dialog', { name: `Paste a list into ${title}` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('textbox', { name: /Names, one a line/ }).fill(lines.join('\n'));
    await dialog.getByRole('button', { name: 'Add to list' }).click();
    return {
      root: dialog,
      close: () => dialog.getByRole('button', { name: 'Close' }).click(),
    };
  }
}

/** Demo → Simulate honeytoken sign-in…: an account signs in from a computer. */
export class HoneytokenSignInDialog {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Simulate honeytoken sign-in' });
  }
  /** What the simulation answered ("No alert: … is not a honeytoken", or the alert raised). */
  get result(): Locator {
    return this.root.getByRole('status');
  }
  /** Picks the account and the computer (search text, then the suggestion) and signs in. */
  async signIn(account: [text: string, option: RegExp], computer: [text: string, option: RegExp]) {
    for (const [label, [text, option]] of [
      ['Account', account],
      ['Computer', computer],
    ] as const) {
      await this.root.getByRole('combobox', { name: label }).fill(text);
      await this.page.getByRole('option', { name: option }).first().click();
    }
    await this.root.getByRole('button', { name: 'Sign in' }).click();
  }
  close() {
    return this.root.getByRole('button', { name: 'Close' }).click();
  }
}

export async function openHoneytokenSignIn(page: Page) {
  await new DemoMenu(page).open();
  await page.getByRole('menuitem', { name: 'Simulate honeytoken sign-in…' }).click();
  const dialog = new HoneytokenSignInDialog(page);
  await expect(dialog.root).toBeVisible();
  return dialog;
}
