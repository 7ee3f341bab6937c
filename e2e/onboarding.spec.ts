import { strFromU8, unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { sensorInstallationConfigurationSchema } from '../src/api/contracts/sensor-setup';
import { endpoints } from '../src/api/endpoints';
import { paths } from '../src/config/paths';
import { captureAccessToken, expect, expectAccessible, signInAs, test } from './fixtures';

const INVALID_KEY =
  'The access key is not valid for any instance. Use the current key from Configuration → Sensors.';

async function demoMenu(page: Page, item: string | RegExp) {
  await page.getByRole('button', { name: /^Demo/ }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Demo → Simulate sensor install… on the first unmonitored DC, with `key` (or the pre-filled one). */
async function simulateInstall(page: Page, key?: string) {
  await demoMenu(page, 'Simulate sensor install…');
  const dialog = page.getByRole('dialog', { name: 'Simulate sensor install' });
  const keyInput = dialog.getByRole('textbox', { name: /Access key/ });
  await expect(keyInput).not.toHaveValue('');
  if (key !== undefined) await keyInput.fill(key);
  const dc = await dialog.getByRole('combobox', { name: 'Domain controller' }).inputValue();
  await dialog.getByRole('button', { name: 'Install sensor' }).click();
  return { dialog, dc };
}

/** The Add sensor drawer (download and access key), opened from the page header unless the URL opens it. */
async function openSetup(page: Page) {
  const setup = page.getByRole('dialog', { name: 'Sensor setup' });
  if (!/[?&]setup=open/.test(page.url())) {
    await page.getByRole('button', { name: 'Add sensor' }).first().click();
  }
  await expect(setup).toBeVisible();
  await expect(page).toHaveURL(/[?&]setup=open/);
  return setup;
}

/** Closes the drawer: it blocks the rest of the page (the Demo menu too) while open. */
async function closeSetup(page: Page) {
  const setup = page.getByRole('dialog', { name: 'Sensor setup' });
  await setup.getByRole('button', { name: 'Close' }).click();
  await expect(setup).toBeHidden();
  await expect(page).not.toHaveURL(/setup=open/);
}

async function revealKey(page: Page) {
  const setup = await openSetup(page);
  const input = setup.getByRole('textbox', { name: 'Access key', exact: true });
  if (!(await input.isVisible())) await setup.getByRole('button', { name: 'Reveal' }).click();
  await expect(input).toHaveValue(/^[A-Za-z0-9+/]{86}==$/);
  return input.inputValue();
}

/** The sensors list filtered to one name; returns its row. */
async function sensorRow(page: Page, name: string) {
  await page.getByRole('searchbox', { name: 'Search sensors' }).fill(name.toLowerCase());
  return page.getByRole('row').filter({ has: page.getByRole('button', { name, exact: true }) });
}

test('an admin downloads the setup, copies the key and a simulated install starts, then runs', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signInAs(page, 'admin@contoso.com', 'degraded-sensors');
  await page.goto(paths.sensors);
  await expect(page.getByText('6 of 9 domain controllers are monitored; 3 aren’t')).toBeVisible();
  await expectAccessible(page, 'sensors (admin)');

  const setup = await openSetup(page);
  await expectAccessible(page, 'sensor setup drawer');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    setup.getByRole('button', { name: 'Download sensor setup' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Vigil Sensor Setup.zip');
  const files = unzipSync(new Uint8Array(await readFile(await download.path())));
  const config = sensorInstallationConfigurationSchema.parse(
    JSON.parse(strFromU8(files['SensorInstallationConfiguration.json'] ?? new Uint8Array())),
  );
  expect(config).toMatchObject({
    instanceName: 'contoso',
    sensorEndpoint: 'https://contososensorapi.vigil.example',
    packageVersion: '2.130.8934',
  });
  expect(strFromU8(files['INSTALL.md'] ?? new Uint8Array())).toContain(
    'AccessKey="<your access key>"',
  );

  const key = await revealKey(page);
  for (const file of Object.values(files)) expect(strFromU8(file)).not.toContain(key);
  await setup.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Access key copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
  await closeSetup(page);
  await expect(page.getByRole('button', { name: 'Add sensor' })).toBeFocused();

  const { dialog, dc } = await simulateInstall(page);
  const name = (dc.split('.')[0] ?? '').toUpperCase();
  await expect(dialog.getByText(`Sensor installed on ${name}.`)).toBeVisible();
  await expectAccessible(page, 'simulate install dialog');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expect(page.getByText('7 of 9 domain controllers are monitored; 2 aren’t')).toBeVisible();
  const row = await sensorRow(page, name);
  await expect(row).toContainText('Starting');

  await demoMenu(page, 'Advance time by 15 minutes');
  await expect(row).toContainText('Running');
  await expect(row).toContainText('Up to date');
  await page.reload();
  await expect(await sensorRow(page, name)).toContainText('Running');
});

test('after Regenerate, the old key is refused and sensors already installed keep running', async ({
  page,
}) => {
  await signInAs(page, 'admin@contoso.com', 'degraded-sensors');
  await page.goto(paths.sensors);
  const oldKey = await revealKey(page);
  await closeSetup(page);
  const first = await simulateInstall(page);
  await expect(first.dialog.getByText(/^Sensor installed on/)).toBeVisible();
  await first.dialog.getByRole('button', { name: 'Close' }).click();

  const setup = await openSetup(page);
  await setup.getByRole('button', { name: 'Regenerate' }).click();
  const confirm = page.getByRole('dialog', { name: 'Regenerate the access key?' });
  await expect(confirm).toContainText('Sensors already deployed keep working');
  await expectAccessible(page, 'regenerate dialog');
  await confirm.getByRole('button', { name: 'Regenerate' }).click();
  await expect(confirm).toBeHidden();
  await expect(setup.getByRole('button', { name: 'Regenerate' })).toBeFocused();
  expect(await revealKey(page)).not.toBe(oldKey);
  await closeSetup(page);

  const second = await simulateInstall(page, oldKey);
  await expect(second.dialog.getByText(INVALID_KEY)).toBeVisible();
  await second.dialog.getByRole('button', { name: 'Close' }).click();

  await demoMenu(page, 'Advance time by 15 minutes');
  const name = (first.dc.split('.')[0] ?? '').toUpperCase();
  await expect(await sensorRow(page, name)).toContainText('Running');
  await expect(page.getByText('7 of 9 domain controllers are monitored; 2 aren’t')).toBeVisible();
});

for (const upn of ['viewer@contoso.com', 'analyst@contoso.com']) {
  test(`${upn} sees no access key and the API refuses it`, async ({ page }) => {
    await signInAs(page, upn);
    const token = await captureAccessToken(page, () => page.goto(paths.sensors));
    await expect(
      page.getByText('Only Administrators can download the sensor setup and see the access key.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reveal' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Add sensor' })).toHaveCount(0);
    await expect(page.getByText('All 9 detected domain controllers have sensors')).toBeVisible();
    await expectAccessible(page, `sensors (${upn})`);
    const statuses = await page.evaluate(
      async ([bearer, paths]) =>
        Promise.all(
          paths.map(
            async (path) =>
              (await fetch(path, { headers: { Authorization: `Bearer ${bearer}` } })).status,
          ),
        ),
      [token, [endpoints.accessKey, endpoints.sensorSetup]] as const,
    );
    expect(statuses).toEqual([403, 403]);
  });
}

test('the Directory services page is accessible; an admin adds a gMSA', async ({ page }) => {
  await signInAs(page, 'admin@contoso.com');
  await page.goto(paths.configuration.directoryServices);
  await expect(page.getByRole('table', { name: 'Directory service accounts' })).toContainText(
    'contoso.com\\svc-vigil',
  );
  await expectAccessible(page, 'directory services');
  await page.getByRole('button', { name: 'Add credentials' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add directory service account' });
  await dialog.getByRole('radio', { name: /gMSA/ }).check();
  await dialog.getByRole('textbox', { name: 'Account name' }).fill('svc-gmsa');
  await dialog.getByRole('textbox', { name: 'Domain' }).fill('emea.contoso.com');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(
    dialog.getByText('A gMSA account name ends with $, such as svc-vigil$'),
  ).toBeVisible();
  await expectAccessible(page, 'directory account dialog with an error');
  await dialog.getByRole('textbox', { name: 'Account name' }).fill('svc-gmsa$');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('table', { name: 'Directory service accounts' })).toContainText(
    'emea.contoso.com\\svc-gmsa$',
  );
  await page.reload();
  await expect(page.getByRole('table', { name: 'Directory service accounts' })).toContainText(
    'emea.contoso.com\\svc-gmsa$',
  );
});

test('Fabrikam’s admin goes from no instance to a running, configured sensor; a reload keeps it all', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signInAs(page, 'admin@fabrikam.com');
  await page.getByRole('button', { name: 'Create instance' }).click();
  await expect(page).toHaveURL(new RegExp(`${paths.home}$`), { timeout: 15_000 });
  const steps = page.getByRole('region', { name: 'Set up fabrikam' }).getByRole('listitem');
  await expect(steps.nth(0)).toContainText('(not done)');

  // 1. Connect the forest: a bad domain is refused at the field and nothing typed is lost.
  await steps.nth(0).getByRole('link', { name: 'Go to Directory services' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Directory services' })).toBeVisible();
  await page.getByRole('button', { name: 'Add credentials' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add directory service account' });
  await dialog.getByRole('textbox', { name: 'Account name' }).fill('svc-vigil');
  await dialog.getByRole('textbox', { name: 'Domain' }).fill('fabrikam');
  await dialog.getByLabel('Password').fill('Corr3ct-Horse-Battery');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(
    dialog.getByText('Enter a fully qualified domain name, such as dc01.contoso.com'),
  ).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Account name' })).toHaveValue('svc-vigil');
  await expectAccessible(page, 'directory account dialog (fabrikam)');
  await dialog.getByRole('textbox', { name: 'Domain' }).fill('fabrikam.com');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog).toBeHidden();
  const accounts = page.getByRole('table', { name: 'Directory service accounts' });
  await expect(accounts).toContainText('fabrikam.com\\svc-vigil');
  await expect(accounts).not.toContainText('Corr3ct-Horse-Battery');

  // 2. Home's step links straight to the open sensor setup: download it (checked) and copy the key.
  await page.goto(paths.home);
  await expect(steps.nth(0)).toContainText('(done)');
  await steps.nth(1).getByRole('link', { name: 'Get the sensor setup' }).click();
  await expect(page).toHaveURL(new RegExp(`${paths.sensors}\\?setup=open$`));
  const setup = await openSetup(page);
  await expect(page.getByText('No sensors yet')).toBeVisible();
  await expectAccessible(page, 'sensor setup drawer (fabrikam)');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    setup.getByRole('button', { name: 'Download sensor setup' }).click(),
  ]);
  const files = unzipSync(new Uint8Array(await readFile(await download.path())));
  const config = sensorInstallationConfigurationSchema.parse(
    JSON.parse(strFromU8(files['SensorInstallationConfiguration.json'] ?? new Uint8Array())),
  );
  expect(config).toMatchObject({ instanceName: 'fabrikam', region: 'UK' });
  expect(config.sensorEndpoint).toContain('fabrikam');
  await setup.getByRole('button', { name: 'Copy' }).click();
  // The clipboard is shared across the browser's contexts: read it only once this copy is done.
  await expect(page.getByRole('status').filter({ hasText: 'Access key copied' })).toBeVisible();
  const key = await page.evaluate(() => navigator.clipboard.readText());
  expect(key).toBe(await revealKey(page));
  await closeSetup(page);

  // 3. Install with the copied key: Starting, then Running over simulated time.
  const { dialog: install, dc } = await simulateInstall(page, key);
  const name = (dc.split('.')[0] ?? '').toUpperCase();
  await expect(install.getByText(`Sensor installed on ${name}.`)).toBeVisible();
  await install.getByRole('button', { name: 'Close' }).click();
  const row = await sensorRow(page, name);
  await expect(row).toContainText('Starting');
  await demoMenu(page, 'Advance time by 15 minutes');
  await expect(row).toContainText('Running');

  await page.goto(paths.home);
  await expect(
    page.getByText('Setup complete: your forest is connected and a sensor is configured.'),
  ).toBeVisible();
  await expect(page.getByText('1 of 9 domain controllers have a sensor')).toBeVisible();
  await expectAccessible(page, 'home (fabrikam, set up)');
  await page.reload();
  await expect(
    page.getByText('Setup complete: your forest is connected and a sensor is configured.'),
  ).toBeVisible();
  await page.goto(paths.sensors);
  await expect(await sensorRow(page, name)).toContainText('Running');
});
