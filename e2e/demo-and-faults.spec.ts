import { demo, DemoMenu, expect, SensorsPage, test } from './kit';

test.use({ account: 'admin@contoso.com' });

test('the Demo menu switches scenario and the data follows, across a reload', async ({ page }) => {
  const sensors = await new SensorsPage(page).goto();
  await expect(sensors.showing(11)).toBeVisible();
  await new DemoMenu(page).switchScenario('large');
  await expect(sensors.showing(200)).toBeVisible();
  await page.reload();
  await expect(sensors.showing(200)).toBeVisible();
});

test('the Demo menu injects latency: the loading state shows, then the page works', async ({
  page,
}) => {
  const sensors = await new SensorsPage(page).goto();
  const menu = new DemoMenu(page);
  await menu.toggleFault('3 s latency');
  await menu.expectFaultsOn();
  await page.reload();
  await expect(page.getByText(/Loading/).first()).toBeVisible();
  await expect(sensors.showing(11)).toBeVisible({ timeout: 20_000 });
  await sensors.expectAccessible('sensors with latency');
});

test('with a 30% error rate the page still loads or offers Retry', async ({ page }) => {
  const sensors = await new SensorsPage(page).goto();
  await demo.setFaults(page, { errorRate: 0.3 });
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.reload();
    const loaded = sensors.showing(11);
    const retry = page.getByRole('button', { name: 'Retry' });
    await expect(loaded.or(retry).first()).toBeVisible({ timeout: 20_000 });
    if (await retry.isVisible()) {
      await retry.click();
      await expect(loaded.or(retry).first()).toBeVisible({ timeout: 20_000 });
    }
  }
});

test('offline mode shows a clear error with Retry, and recovers', async ({ page }) => {
  const sensors = await new SensorsPage(page).goto();
  await expect(sensors.showing(11)).toBeVisible();
  const menu = new DemoMenu(page);
  await menu.toggleFault('Offline');
  // The fault is saved when the menu's request is answered: wait for it before reloading.
  await menu.expectFaultsOn();
  await page.reload();
  await expect(page.getByText('Can’t reach the service').first()).toBeVisible({ timeout: 30_000 });
  await menu.toggleFault('Offline');
  await menu.expectFaultsOn(false);
  await page.getByRole('button', { name: 'Retry' }).first().click();
  await expect(sensors.showing(11)).toBeVisible({ timeout: 20_000 });
});
