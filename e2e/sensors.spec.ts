import { expect, SensorsPage, test, ThemeMenu } from './kit';

test.describe('as an administrator', () => {
  test.use({ account: 'admin@contoso.com' });

  test('an admin filters, sorts and opens a sensor; the URL reproduces the view', async ({
    page,
  }) => {
    const sensors = await new SensorsPage(page).goto();
    await expect(sensors.showing(11)).toBeVisible();

    await sensors.search.fill('emea');
    await expect(page).toHaveURL(/q=emea/);
    await expect(sensors.showing(3, 11)).toBeVisible();

    // Sorted by name ascending by default: one click sorts descending.
    await sensors.sortBy('Name');
    await expect(page).toHaveURL(/dir=desc/);
    const sortedUrl = page.url();

    const drawer = await sensors.openSensor('EMEADC03');
    await expect(drawer.root).toContainText('emeadc03.emea.contoso.com');
    await sensors.expectAccessible('sensor drawer');
    const drawerUrl = page.url();
    expect(drawerUrl).toContain('sensor=');

    // Copying the URL reproduces the view: filters, sort and the open drawer.
    await page.goto(drawerUrl);
    await expect(drawer.root).toBeVisible();
    await drawer.close();
    await expect(page).toHaveURL(sortedUrl);
    // Focus goes back to the sensor's row (here the drawer came from a link: there was no opener).
    await expect(sensors.sensorButton('EMEADC03')).toBeFocused();
    await expect(sensors.search).toHaveValue('emea');
  });

  test('the Sensors page is accessible in light and dark themes', async ({ page }) => {
    const sensors = await new SensorsPage(page).goto({ scenario: 'degraded-sensors' });
    await expect(sensors.showing(8)).toBeVisible();
    await sensors.expectAccessible('sensors (light)');
    const theme = new ThemeMenu(page);
    await theme.choose('Dark');
    await expect(theme.applied('dark')).toBeVisible();
    await sensors.expectAccessible('sensors (dark)');
    await page.reload();
    await expect(theme.applied('dark')).toBeVisible();
  });

  test('a fresh instance shows the designed empty state', async ({ page }) => {
    const sensors = await new SensorsPage(page).goto({ scenario: 'fresh' });
    await expect(sensors.emptyState).toBeVisible();
    await sensors.expectAccessible('sensors (empty)');

    // The empty list offers Add sensor too; Back closes the drawer again.
    await sensors.emptyState.getByRole('button', { name: 'Add sensor' }).click();
    await expect(page.getByRole('dialog', { name: 'Sensor setup' })).toBeVisible();
    await expect(page).toHaveURL(/\?setup=open$/);
    await page.goBack();
    await expect(page.getByRole('dialog', { name: 'Sensor setup' })).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`${sensors.path}$`));
  });
});

test.describe('as a viewer', () => {
  test.use({ account: 'viewer@contoso.com' });

  test('the large scenario lists 200 sensors and scrolls', async ({ page }) => {
    const sensors = await new SensorsPage(page).goto({ scenario: 'large' });
    await expect(sensors.showing(200)).toBeVisible();
    // Virtualised: far fewer rows in the DOM than sensors.
    expect(await page.getByRole('row').count()).toBeLessThan(100);
    await sensors.expectAccessible('sensors (large)');

    // Scrolled to the end, the last rows are rendered in place, below the sticky header.
    await sensors.table.evaluate((el) => el.parentElement?.scrollTo({ top: el.scrollHeight }));
    const last = page.locator('[role="row"][aria-rowindex="201"]');
    await expect(last).toBeVisible();
    expect(await page.getByRole('row').count()).toBeLessThan(100);
    const header = await page.locator('[role="row"][aria-rowindex="1"]').boundingBox();
    const lastBox = await last.boundingBox();
    expect(header && lastBox && lastBox.y >= header.y + header.height).toBe(true);
  });
});
