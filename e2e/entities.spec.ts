import type { Page } from '@playwright/test';
import { paths } from '../src/config/paths';
import { expect, expectAccessible, test, withScenario } from './kit';

// Every journey starts signed in as Contoso's Global Administrator, on Home of the default
// scenario (?scenario= resets the demo data, so a journey sees no other journey's changes).
test.use({ account: 'admin@contoso.com' });

const openHome = (page: Page) => page.goto(withScenario(paths.home, 'contoso'));

/** Types into the header's search box and opens the suggestion named `name`. */
async function openFromSearch(page: Page, text: string, name: string | RegExp) {
  const box = page.getByRole('combobox', { name: 'Search users, computers and groups' });
  await page.keyboard.press('Escape');
  await box.click();
  await box.fill(text);
  const option = page
    .getByRole('listbox', { name: 'Search suggestions' })
    .getByRole('option', { name });
  await option.first().click();
}

const profileHeading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true });

test('search → a user → Member of → a group → one of its members', async ({ page }) => {
  await openHome(page);
  const box = page.getByRole('combobox', { name: 'Search users, computers and groups' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The shortcut works once the shell has hydrated; on a busy machine the heading can show first.
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(box).toBeFocused({ timeout: 1_000 });
  }).toPass();
  await page.keyboard.type('Ron Harp');
  const listbox = page.getByRole('listbox', { name: 'Search suggestions' });
  await expect(listbox.getByRole('option').first()).toContainText('Ron Harper');
  await expect(listbox.getByRole('option').last()).toHaveText(/^See all \d+ results?$/);
  await expectAccessible(page, 'header search open');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');

  await expect(profileHeading(page, 'Ron Harper')).toBeVisible();
  await expect(page).toHaveURL(/\/users\/[^/]+\/activities$/);
  await expect(page.getByRole('list', { name: 'Activities' })).toBeVisible();
  await expectAccessible(page, 'user profile, Activities');

  await page.getByRole('tab', { name: 'Directory data' }).click();
  const memberOf = page.getByRole('region', { name: 'Member of' });
  await expect(memberOf.getByRole('list', { name: 'Direct memberships' })).toBeVisible();
  await expectAccessible(page, 'user profile, Directory data');
  await memberOf.getByRole('link', { name: 'Tier0 Helpdesk' }).click();

  await expect(profileHeading(page, 'Tier0 Helpdesk')).toBeVisible();
  const members = page.getByRole('region', { name: 'Members' });
  await expect(members.getByRole('list', { name: 'Direct members' })).toBeVisible();
  await expectAccessible(page, 'group profile, Members');
  await members.getByRole('link', { name: 'Ron Harper' }).click();
  await expect(profileHeading(page, 'Ron Harper')).toBeVisible();
});

test('the mini-profile opens on keyboard focus and closes with Escape', async ({ page }) => {
  await openHome(page);
  await openFromSearch(page, 'Tier0 Helpdesk', /Tier0 Helpdesk/);
  await expect(profileHeading(page, 'Tier0 Helpdesk')).toBeVisible();
  const link = page
    .getByRole('region', { name: 'Members' })
    .getByRole('link', { name: 'Ron Harper' });
  await expect(link).toBeVisible();
  // Focus by keyboard: Tab from the member search box.
  await page.getByRole('searchbox', { name: 'Search members' }).focus();
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press('Tab');
    if (await link.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(link).toBeFocused();
  const card = page.getByRole('tooltip', { name: 'Mini-profile of Ron Harper' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Helpdesk Lead');
  await expect(card).toContainText('SAM name');
  await expectAccessible(page, 'mini-profile');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(link).toBeFocused();
});

test('the Defender for Endpoint badge: absent when off, a count when known, greyed when unknown', async ({
  page,
}) => {
  await openHome(page);
  await openFromSearch(page, 'EXCH01', /EXCH01/);
  await expect(profileHeading(page, 'EXCH01')).toBeVisible();
  const badges = page.getByRole('group', { name: 'Badges' });
  await expect(badges).toContainText('open alert');
  await expect(badges).not.toContainText('Defender for Endpoint');

  await page.goto(paths.configuration.defenderForEndpoint);
  await page
    .getByRole('switch', { name: 'Integration with Microsoft Defender for Endpoint' })
    .click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Status: Connected')).toBeVisible();

  await openFromSearch(page, 'EXCH01', /EXCH01/);
  const badge = page.getByRole('link', { name: /^Defender for Endpoint: 4 open alerts/ });
  await expect(badge).toBeVisible();
  await expect(badge).toHaveAttribute('target', '_blank');
  await badge.hover();
  await expect(page.getByRole('tooltip')).toContainText('1 High, 2 Medium, 1 Informational');
  await expectAccessible(page, 'computer profile with a Defender badge');

  await openFromSearch(page, 'KIOSK07', /KIOSK07/);
  await expect(page.getByRole('img', { name: 'Unknown to Defender for Endpoint' })).toBeVisible();
  await expectAccessible(page, 'computer profile unknown to Defender');

  await page.goto(paths.configuration.defenderForEndpoint);
  await page
    .getByRole('switch', { name: 'Integration with Microsoft Defender for Endpoint' })
    .click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Status: Off')).toBeVisible();
  await openFromSearch(page, 'KIOSK07', /KIOSK07/);
  await expect(profileHeading(page, 'KIOSK07')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Badges' })).not.toContainText(
    'Defender for Endpoint',
  );
});

test('a hostile-named entity opens from search with no script run and its name shown literally', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openHome(page);
  const hostile = '<img src=x onerror=alert(1)>';
  const box = page.getByRole('combobox', { name: 'Search users, computers and groups' });
  await box.click();
  await box.fill('<img');
  await box.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Search results for “<img”' }),
  ).toBeVisible();
  const results = page.getByRole('list', { name: 'Search results for <img' });
  await expect(results.getByRole('link', { name: hostile })).toBeVisible();
  await expectAccessible(page, 'search results with a hostile name');
  await results.getByRole('link', { name: hostile }).click();

  await expect(profileHeading(page, hostile)).toBeVisible();
  await expect(
    page.getByText('<script>alert("title")</script>', { exact: false }).first(),
  ).toBeVisible();
  await page.getByRole('tab', { name: 'Directory data' }).click();
  await expect(
    page
      .getByRole('region', { name: 'Member of' })
      .getByRole('link', { name: '<script>alert("group")</script>' }),
  ).toBeVisible();
  await expectAccessible(page, 'hostile-named profile');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
