import { paths } from '../src/config/paths';
import { expect, expectAccessible, signInAs, test } from './fixtures';

test('the signed-out page and the account picker are accessible', async ({ page }) => {
  await page.goto(`${paths.signedOut}?scenario=contoso`);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expectAccessible(page, 'signed-out page');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: /pick an account/i })).toBeVisible();
  await expectAccessible(page, 'account picker');
  for (const upn of [
    'admin@contoso.com',
    'analyst@contoso.com',
    'viewer@contoso.com',
    'guest@contoso.com',
    'admin@fabrikam.com',
  ]) {
    await expect(page.getByRole('button', { name: new RegExp(upn) })).toBeVisible();
  }
});

for (const [upn, role] of [
  ['admin@contoso.com', 'Administrator'],
  ['analyst@contoso.com', 'User'],
  ['viewer@contoso.com', 'Viewer'],
] as const) {
  test(`${upn} signs in and lands on Home as ${role}`, async ({ page }) => {
    await signInAs(page, upn);
    await expect(page).toHaveURL(new RegExp(`${paths.home}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Configuration' })
      .click();
    await expect(page).toHaveURL(new RegExp(`${paths.sensors}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Sensors' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'DC01', exact: true })).toBeVisible();
    await page.getByRole('button', { name: /^Account:/ }).click();
    const account = page.getByRole('dialog', { name: 'Account' });
    await expect(account).toContainText(upn);
    await expect(account).toContainText('Contoso');
    await expect(account).toContainText(role);
    await expectAccessible(page, `sensors as ${upn}`);
  });
}

test('the guest gets the unauthorized page with Sign out and nothing else', async ({ page }) => {
  await signInAs(page, 'guest@contoso.com');
  await expect(page).toHaveURL(new RegExp(`${paths.unauthorized}$`));
  await expect(page.getByRole('heading', { name: /don’t have access/ })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expectAccessible(page, 'unauthorized page');
  // A direct link to a portal page still ends on the unauthorized page.
  await page.goto(paths.sensors);
  await expect(page).toHaveURL(new RegExp(`${paths.unauthorized}$`));
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test('Fabrikam’s admin lands on the no-instance page', async ({ page }) => {
  await signInAs(page, 'admin@fabrikam.com');
  await expect(page).toHaveURL(new RegExp(`${paths.noInstance}$`));
  await expect(page.getByRole('heading', { name: 'Welcome to Vigil' })).toBeVisible();
  await expectAccessible(page, 'no-instance page');
});

test('a reload keeps the session; sign out goes through the logout page back to the start', async ({
  page,
}) => {
  await signInAs(page, 'admin@contoso.com');
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await page.getByRole('button', { name: /^Account:/ }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  // Signed out for real: a portal URL now goes back to the start page.
  await page.goto(paths.sensors);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});
