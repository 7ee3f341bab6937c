import { strFromU8, unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { sensorInstallationConfigurationSchema } from '../src/api/contracts/sensor-setup';
import { endpoints } from '../src/api/endpoints';
import {
  callApi,
  captureAccessToken,
  DemoMenu,
  DirectoryServicesPage,
  expect,
  expectAccessible,
  HomePage,
  paths,
  SensorsPage,
  test,
  WelcomePage,
} from './kit';

const INVALID_KEY =
  'The access key is not valid for any instance. Use the current key from Configuration → Sensors.';

/** Reads the downloaded sensor setup: its configuration file (parsed with the contract) and files. */
async function readSetup(download: { path(): Promise<string> }) {
  const files = unzipSync(new Uint8Array(await readFile(await download.path())));
  const config = sensorInstallationConfigurationSchema.parse(
    JSON.parse(strFromU8(files['SensorInstallationConfiguration.json'] ?? new Uint8Array())),
  );
  return { files, config };
}

test.describe('as Contoso’s admin', () => {
  test.use({ account: 'admin@contoso.com' });

  test('an admin downloads the setup, copies the key and a simulated install starts, then runs', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const sensors = await new SensorsPage(page).goto({ scenario: 'degraded-sensors' });
    await expect(page.getByText('6 of 9 domain controllers are monitored; 3 aren’t')).toBeVisible();
    await sensors.expectAccessible('sensors (admin)');

    const setup = await sensors.openSetup();
    await expectAccessible(page, 'sensor setup drawer');
    const [download] = await Promise.all([page.waitForEvent('download'), setup.download.click()]);
    expect(download.suggestedFilename()).toBe('Vigil Sensor Setup.zip');
    const { files, config } = await readSetup(download);
    expect(config).toMatchObject({
      instanceName: 'contoso',
      sensorEndpoint: 'https://contososensorapi.vigil.example',
      packageVersion: '2.130.8934',
    });
    expect(strFromU8(files['INSTALL.md'] ?? new Uint8Array())).toContain(
      'AccessKey="<your access key>"',
    );

    const key = await setup.revealKey();
    for (const file of Object.values(files)) expect(strFromU8(file)).not.toContain(key);
    await setup.copy.click();
    await expect(page.getByRole('status').filter({ hasText: 'Access key copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    await setup.close();
    await expect(sensors.addSensor).toBeFocused();

    const menu = new DemoMenu(page);
    const install = await menu.openInstallDialog();
    const name = await install.install();
    await expect(install.root.getByText(`Sensor installed on ${name}.`)).toBeVisible();
    await expectAccessible(page, 'simulate install dialog');
    await install.close();

    await expect(page.getByText('7 of 9 domain controllers are monitored; 2 aren’t')).toBeVisible();
    const row = await sensors.row(name);
    await expect(row).toContainText('Starting');

    await menu.advanceTime('15 minutes');
    await expect(row).toContainText('Running');
    await expect(row).toContainText('Up to date');
    await page.reload();
    await expect(await sensors.row(name)).toContainText('Running');
  });

  test('after Regenerate, the old key is refused and sensors already installed keep running', async ({
    page,
  }) => {
    const sensors = await new SensorsPage(page).goto({ scenario: 'degraded-sensors' });
    let setup = await sensors.openSetup();
    const oldKey = await setup.revealKey();
    await setup.close();
    const menu = new DemoMenu(page);
    const first = await menu.openInstallDialog();
    const name = await first.install();
    await expect(first.root.getByText(/^Sensor installed on/)).toBeVisible();
    await first.close();

    setup = await sensors.openSetup();
    await setup.regenerate.click();
    const confirm = page.getByRole('dialog', { name: 'Regenerate the access key?' });
    await expect(confirm).toContainText('Sensors already deployed keep working');
    await expectAccessible(page, 'regenerate dialog');
    await confirm.getByRole('button', { name: 'Regenerate' }).click();
    await expect(confirm).toBeHidden();
    await expect(setup.regenerate).toBeFocused();
    expect(await setup.revealKey()).not.toBe(oldKey);
    await setup.close();

    const second = await menu.openInstallDialog();
    await second.install(oldKey);
    await expect(second.root.getByText(INVALID_KEY)).toBeVisible();
    await second.close();

    await menu.advanceTime('15 minutes');
    await expect(await sensors.row(name)).toContainText('Running');
    await expect(page.getByText('7 of 9 domain controllers are monitored; 2 aren’t')).toBeVisible();
  });

  test('the Directory services page is accessible; an admin adds a gMSA', async ({ page }) => {
    const directory = await new DirectoryServicesPage(page).goto();
    await expect(directory.accounts).toContainText('contoso.com\\svc-vigil');
    await directory.expectAccessible('directory services');
    const dialog = await directory.openAddAccount();
    await dialog.gmsa.check();
    await dialog.accountName.fill('svc-gmsa');
    await dialog.domain.fill('emea.contoso.com');
    await dialog.add.click();
    await expect(
      dialog.root.getByText('A gMSA account name ends with $, such as svc-vigil$'),
    ).toBeVisible();
    await expectAccessible(page, 'directory account dialog with an error');
    await dialog.accountName.fill('svc-gmsa$');
    await dialog.add.click();
    await expect(directory.accounts).toContainText('emea.contoso.com\\svc-gmsa$');
    await page.reload();
    await expect(directory.accounts).toContainText('emea.contoso.com\\svc-gmsa$');
  });
});

for (const account of ['viewer@contoso.com', 'analyst@contoso.com'] as const) {
  test.describe(`as ${account}`, () => {
    test.use({ account });

    test(`${account} sees no access key and the API refuses it`, async ({ page }) => {
      const sensors = new SensorsPage(page);
      const token = await captureAccessToken(page, () => sensors.goto());
      await expect(
        sensors.readOnlyNote(
          'Only Administrators can download the sensor setup and see the access key.',
        ),
      ).toBeVisible();
      await expect(page.getByRole('button', { name: 'Reveal' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Add sensor' })).toHaveCount(0);
      await expect(page.getByText('All 9 detected domain controllers have sensors')).toBeVisible();
      await sensors.expectAccessible(`sensors (${account})`);
      for (const path of [endpoints.accessKey, endpoints.sensorSetup]) {
        expect((await callApi(page, token, 'GET', path)).status, path).toBe(403);
      }
    });
  });
}

test.describe('as Fabrikam’s admin', () => {
  test.use({ account: 'admin@fabrikam.com' });

  test('Fabrikam’s admin goes from no instance to a running, configured sensor; a reload keeps it all', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const welcome = await new WelcomePage(page).goto();
    await welcome.create();
    const home = new HomePage(page);
    const steps = home.setupSteps('fabrikam');
    await expect(steps.nth(0)).toContainText('(not done)');

    // 1. Connect the forest: a bad domain is refused at the field and nothing typed is lost.
    await steps.nth(0).getByRole('link', { name: 'Go to Directory services' }).click();
    const directory = new DirectoryServicesPage(page);
    await directory.expectLoaded();
    const dialog = await directory.openAddAccount();
    await dialog.accountName.fill('svc-vigil');
    await dialog.domain.fill('fabrikam');
    await dialog.password.fill('Corr3ct-Horse-Battery');
    await dialog.add.click();
    await expect(
      dialog.root.getByText('Enter a fully qualified domain name, such as dc01.contoso.com'),
    ).toBeVisible();
    await expect(dialog.accountName).toHaveValue('svc-vigil');
    await expectAccessible(page, 'directory account dialog (fabrikam)');
    await dialog.domain.fill('fabrikam.com');
    await dialog.add.click();
    await expect(dialog.root).toBeHidden();
    await expect(directory.accounts).toContainText('fabrikam.com\\svc-vigil');
    await expect(directory.accounts).not.toContainText('Corr3ct-Horse-Battery');

    // 2. Home's step links straight to the open sensor setup: download it (checked) and copy the key.
    // Loaded afresh: through the navigation, Home shows its cached onboarding steps for up to 30 s
    // (adding an account doesn't invalidate them; reported, not this suite's to fix).
    await home.goto();
    await expect(steps.nth(0)).toContainText('(done)');
    await steps.nth(1).getByRole('link', { name: 'Get the sensor setup' }).click();
    await expect(page).toHaveURL(new RegExp(`${paths.sensors}\\?setup=open$`));
    const sensors = new SensorsPage(page);
    const setup = await sensors.openSetup();
    // Behind the open drawer (the rest of the page is hidden from assistive technology).
    await expect(page.getByText('No sensors yet')).toBeVisible();
    await expectAccessible(page, 'sensor setup drawer (fabrikam)');
    const [download] = await Promise.all([page.waitForEvent('download'), setup.download.click()]);
    const { config } = await readSetup(download);
    expect(config).toMatchObject({ instanceName: 'fabrikam', region: 'UK' });
    expect(config.sensorEndpoint).toContain('fabrikam');
    await setup.copy.click();
    // The clipboard is shared across the browser's contexts: read it only once this copy is done.
    await expect(page.getByRole('status').filter({ hasText: 'Access key copied' })).toBeVisible();
    const key = await page.evaluate(() => navigator.clipboard.readText());
    expect(key).toBe(await setup.revealKey());
    await setup.close();

    // 3. Install with the copied key: Starting, then Running over simulated time.
    const menu = new DemoMenu(page);
    const install = await menu.openInstallDialog();
    const name = await install.install(key);
    await expect(install.root.getByText(`Sensor installed on ${name}.`)).toBeVisible();
    await install.close();
    const row = await sensors.row(name);
    await expect(row).toContainText('Starting');
    await menu.advanceTime('15 minutes');
    await expect(row).toContainText('Running');

    await home.openFromMainNav();
    const done = page.getByText(
      'Setup complete: your forest is connected and a sensor is configured.',
    );
    await expect(done).toBeVisible();
    await expect(page.getByText('1 of 9 domain controllers have a sensor')).toBeVisible();
    await home.expectAccessible('home (fabrikam, set up)');
    await page.reload();
    await expect(done).toBeVisible();
    await sensors.openFromMainNav('Configuration');
    await expect(await sensors.row(name)).toContainText('Running');
  });
});
