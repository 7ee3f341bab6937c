import { paths } from '../src/config/paths';
import { expect, expectAccessible, test, withScenario } from './kit';

// Megan Bowen (Users role group) tags accounts: the profile then says who tagged it.
test.use({ account: 'analyst@contoso.com' });

test('tag a user sensitive and see the reason on the profile', async ({ page }) => {
  await page.goto(withScenario(paths.configuration.entityTags, 'contoso'));
  await expect(page.getByRole('heading', { level: 1, name: 'Entity tags' })).toBeVisible();
  const accounts = page.getByRole('button', { name: /^Sensitive accounts/ });
  await expect(accounts).toContainText('0 accounts');
  await expect(page.getByRole('table', { name: /Built-in sensitive groups/ })).toBeVisible();
  await expectAccessible(page, 'entity tags');

  const box = page.getByRole('combobox', { name: 'Add to Sensitive accounts' });
  await box.fill('lidia.holl');
  await page.getByRole('option', { name: /Lidia Holloway/ }).click();
  await expect(accounts).toContainText('1 account');
  const list = page.getByRole('list', { name: /^Sensitive accounts/ });
  await expect(list.getByText('Added, not saved yet')).toBeVisible();
  await expectAccessible(page, 'entity tags, unsaved addition');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(list.getByText(/^Tagged by Megan Bowen on /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();

  await list.getByRole('link', { name: /Lidia Holloway/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Lidia Holloway', exact: true }),
  ).toBeVisible();
  const reasons = page.getByRole('region', { name: 'Why it is sensitive' });
  await expect(reasons).toContainText(/Tagged by Megan Bowen on \w{3} \d{1,2}, \d{4}/);
  await expectAccessible(page, 'tagged user profile');
});

test('paste a honeytoken, then its sign-in raises an alert and another account’s doesn’t', async ({
  page,
}) => {
  await page.goto(withScenario(paths.configuration.entityTags, 'contoso'));
  const honeytoken = page.getByRole('button', { name: /^Honeytoken/ });
  await expect(honeytoken).toContainText('0 accounts');
  await page.getByRole('button', { name: 'Paste a list…' }).first().click();
  const paste = page.getByRole('dialog', { name: 'Paste a list into Honeytoken' });
  await paste
    .getByRole('textbox', { name: /Names, one a line/ })
    .fill('vieno.mosley\nno-such-account');
  await paste.getByRole('button', { name: 'Add to list' }).click();
  await expect(
    paste.getByText('No user, computer or group is called “no-such-account”'),
  ).toBeVisible();
  await expectAccessible(page, 'paste dialog with a bad line');
  await paste.getByRole('button', { name: 'Close' }).click();
  await expect(honeytoken).toContainText('1 account');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('list', { name: /^Honeytoken/ }).getByText(/^Tagged by Megan Bowen on /),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Demo' }).click();
  await page.getByRole('menuitem', { name: 'Simulate honeytoken sign-in…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Simulate honeytoken sign-in' });
  const pick = async (label: string, text: string, option: RegExp) => {
    await dialog.getByRole('combobox', { name: label }).fill(text);
    await page.getByRole('option', { name: option }).click();
  };
  await pick('Account', 'lidia.holl', /Lidia Holloway/);
  await pick('Computer', 'KIOSK07', /KIOSK07/);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    'No alert: Lidia Holloway is not a honeytoken',
  );
  await expectAccessible(page, 'honeytoken sign-in dialog');
  await pick('Account', 'vieno.mos', /Vieno Mosley/);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog.getByRole('status')).toContainText(
    'Vieno Mosley is a honeytoken: Honeytoken activity alert raised',
  );
  await expect(dialog.getByRole('button', { name: 'Open the alert' })).toBeVisible();
});

test.describe('as a Viewer', () => {
  test.use({ account: 'viewer@contoso.com' });

  test('the tags are shown read-only', async ({ page }) => {
    await page.goto(withScenario(paths.configuration.entityTags, 'contoso'));
    await expect(
      page.getByText('Only Administrators and Users can change entity tags.'),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: /Built-in sensitive groups/ })).toBeVisible();
    await expect(page.getByRole('combobox', { name: /^Add to/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
    await expectAccessible(page, 'entity tags, read-only');
  });
});
