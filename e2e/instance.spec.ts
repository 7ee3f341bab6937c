import { DeleteInstancePage, expect, HomePage, paths, test, WelcomePage } from './kit';

test.describe('as Fabrikam’s admin', () => {
  test.use({ account: 'admin@fabrikam.com' });

  test('Fabrikam’s admin creates the instance and lands on Home with the setup steps; a reload keeps it', async ({
    page,
  }) => {
    const welcome = await new WelcomePage(page).goto();
    await expect(page.getByText('It can’t be moved later', { exact: false })).toBeVisible();
    await expect(page.getByText('UK', { exact: true })).toBeVisible();
    await welcome.expectAccessible('welcome page');

    await welcome.createInstance.click();
    await expect(welcome.creating).toBeVisible();
    await expect(welcome.progress).toContainText('Creating role groups in your directory');

    await expect(page).toHaveURL(new RegExp(`${paths.home}$`), { timeout: 15_000 });
    const home = new HomePage(page);
    await home.expectLoaded();
    const steps = home.setupSteps('fabrikam');
    await expect(steps).toHaveCount(3);
    await expect(steps.nth(1)).toContainText(
      'Download the sensor setup and install the first sensor',
    );
    await expect(page.getByText('0 of 9 domain controllers have a sensor')).toBeVisible();
    await home.expectAccessible('home (new instance)');

    await page.reload();
    await home.expectLoaded();
    await expect(home.setupSteps('fabrikam')).toHaveCount(3);
  });
});

test.describe('as Contoso’s admin', () => {
  test.use({ account: 'admin@contoso.com' });

  test('Contoso’s Home shows the deployment; the admin deletes the instance and gets the welcome page', async ({
    page,
  }) => {
    const home = await new HomePage(page).goto();
    await expect(home.sensorsByStatus).toContainText('Up to date');
    await expect(page.getByText('9 of 9 domain controllers have a sensor')).toBeVisible();
    await home.expectAccessible('home (contoso)');

    const remove = await new DeleteInstancePage(page).goto();
    await remove.expectAccessible('delete instance');
    await remove.deleteInstance('contoso');
    await expect(new WelcomePage(page).createInstance).toBeVisible();
  });
});
