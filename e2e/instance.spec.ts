import { paths } from '../src/config/paths';
import { expect, expectAccessible, signInAs, test } from './fixtures';

test('Fabrikam’s admin creates the instance and lands on Home with the setup steps; a reload keeps it', async ({
  page,
}) => {
  await signInAs(page, 'admin@fabrikam.com');
  await expect(page).toHaveURL(new RegExp(`${paths.noInstance}$`));
  await expect(page.getByRole('heading', { name: 'Welcome to Vigil' })).toBeVisible();
  await expect(page.getByText('It can’t be moved later', { exact: false })).toBeVisible();
  await expect(page.getByText('UK', { exact: true })).toBeVisible();
  await expectAccessible(page, 'welcome page');

  await page.getByRole('button', { name: 'Create instance' }).click();
  await expect(page.getByRole('heading', { name: 'Creating your instance' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Progress' })).toContainText(
    'Creating role groups in your directory',
  );

  await expect(page).toHaveURL(new RegExp(`${paths.home}$`), { timeout: 15_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  const steps = page.getByRole('region', { name: 'Set up fabrikam' }).getByRole('listitem');
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(1)).toContainText(
    'Download the sensor setup and install the first sensor',
  );
  await expect(page.getByText('0 of 9 domain controllers have a sensor')).toBeVisible();
  await expectAccessible(page, 'home (new instance)');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Set up fabrikam' }).getByRole('listitem'),
  ).toHaveCount(3);
});

test('Contoso’s Home shows the deployment; the admin deletes the instance and gets the welcome page', async ({
  page,
}) => {
  await signInAs(page, 'admin@contoso.com');
  await expect(page.getByRole('table', { name: 'Sensors by status' })).toContainText('Up to date');
  await expect(page.getByText('9 of 9 domain controllers have a sensor')).toBeVisible();
  await expectAccessible(page, 'home (contoso)');

  await page.goto(paths.configuration.deleteInstance);
  await expect(page.getByRole('heading', { level: 1, name: 'Delete instance' })).toBeVisible();
  await expectAccessible(page, 'delete instance');
  const confirm = page.getByRole('textbox', { name: /Type the instance name/ });
  await confirm.fill('contoso');
  await page.getByRole('button', { name: 'Delete instance' }).click();
  await expect(page).toHaveURL(new RegExp(`${paths.noInstance}$`));
  await expect(page.getByRole('button', { name: 'Create instance' })).toBeVisible();
});
