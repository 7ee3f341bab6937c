import { paths } from '../src/config/paths';
import { expect, expectAccessible, signInAs, test } from './fixtures';

test('an admin filters, sorts and opens a sensor; the URL reproduces the view', async ({
  page,
}) => {
  await signInAs(page, 'admin@contoso.com');
  await page.goto(paths.sensors);
  await expect(page.getByText(/Showing 11 of 11 sensors/)).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search sensors' }).fill('emea');
  await expect(page).toHaveURL(/q=emea/);
  await expect(page.getByText(/Showing 3 of 11 sensors/)).toBeVisible();

  // Sorted by name ascending by default: one click sorts descending.
  await page.getByRole('button', { name: /^Name/ }).click();
  await expect(page).toHaveURL(/dir=desc/);
  const sortedUrl = page.url();

  await page.getByRole('button', { name: 'EMEADC03', exact: true }).click();
  const drawer = page.getByRole('dialog', { name: 'EMEADC03' });
  await expect(drawer).toBeVisible();
  await expect(drawer).toContainText('emeadc03.emea.contoso.com');
  await expectAccessible(page, 'sensor drawer');
  const drawerUrl = page.url();
  expect(drawerUrl).toContain('sensor=');

  // Copying the URL reproduces the view: filters, sort and the open drawer.
  await page.goto(drawerUrl);
  await expect(page.getByRole('dialog', { name: 'EMEADC03' })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page).toHaveURL(sortedUrl);
  // Focus goes back to the sensor's row (here the drawer came from a link: there was no opener).
  await expect(page.getByRole('button', { name: 'EMEADC03', exact: true })).toBeFocused();
  await expect(page.getByRole('searchbox', { name: 'Search sensors' })).toHaveValue('emea');
});

test('the Sensors page is accessible in light and dark themes', async ({ page }) => {
  await signInAs(page, 'admin@contoso.com', 'degraded-sensors');
  await page.goto(paths.sensors);
  await expect(page.getByText(/Showing 8 of 8 sensors/)).toBeVisible();
  await expectAccessible(page, 'sensors (light)');
  await page.getByRole('button', { name: 'Theme' }).click();
  await page.getByRole('menuitemradio', { name: 'Dark' }).click();
  await expect(page.locator('[data-theme="dark"]').first()).toBeVisible();
  await expectAccessible(page, 'sensors (dark)');
  await page.reload();
  await expect(page.locator('[data-theme="dark"]').first()).toBeVisible();
});

test('the large scenario lists 200 sensors and scrolls', async ({ page }) => {
  await signInAs(page, 'viewer@contoso.com', 'large');
  await page.goto(paths.sensors);
  await expect(page.getByText(/Showing 200 of 200 sensors/)).toBeVisible();
  // Virtualised: far fewer rows in the DOM than sensors.
  const rendered = await page.getByRole('row').count();
  expect(rendered).toBeLessThan(100);
  await expectAccessible(page, 'sensors (large)');

  // Scrolled to the end, the last rows are rendered in place, below the sticky header.
  const table = page.getByRole('table', { name: 'Sensors' });
  await table.evaluate((el) => el.parentElement?.scrollTo({ top: el.scrollHeight }));
  const last = page.locator('[role="row"][aria-rowindex="201"]');
  await expect(last).toBeVisible();
  expect(await page.getByRole('row').count()).toBeLessThan(100);
  const header = await page.locator('[role="row"][aria-rowindex="1"]').boundingBox();
  const lastBox = await last.boundingBox();
  expect(header && lastBox && lastBox.y >= header.y + header.height).toBe(true);
});

test('a fresh instance shows the designed empty state', async ({ page }) => {
  await signInAs(page, 'admin@contoso.com', 'fresh');
  await page.goto(paths.sensors);
  await expect(page).toHaveURL(new RegExp(`${paths.sensors}$`));
  await expect(page.getByText('No sensors yet')).toBeVisible();
  await expectAccessible(page, 'sensors (empty)');

  // The empty list offers Add sensor too; Back closes the drawer again.
  const empty = page.getByRole('region', { name: 'No sensors yet' });
  await empty.getByRole('button', { name: 'Add sensor' }).click();
  await expect(page.getByRole('dialog', { name: 'Sensor setup' })).toBeVisible();
  await expect(page).toHaveURL(/\?setup=open$/);
  await page.goBack();
  await expect(page.getByRole('dialog', { name: 'Sensor setup' })).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${paths.sensors}$`));
});
