import { paths } from '../src/config/paths';
import { expect, expectAccessible, signInAs, test } from './fixtures';

test('the Demo menu switches scenario and the data follows, across a reload', async ({ page }) => {
  await signInAs(page, 'admin@contoso.com');
  await page.goto(paths.sensors);
  await expect(page.getByText(/Showing 11 of 11 sensors/)).toBeVisible();
  await page.getByRole('button', { name: /^Demo/ }).click();
  await page.getByRole('menuitemradio', { name: 'large' }).click();
  await expect(page.getByText(/Showing 200 of 200 sensors/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/Showing 200 of 200 sensors/)).toBeVisible();
});

test('with 3 s latency the loading state shows, then the page works', async ({ page }) => {
  await signInAs(page, 'admin@contoso.com');
  await page.goto(paths.sensors);
  await page.getByRole('button', { name: /^Demo/ }).click();
  await page.getByRole('menuitemradio', { name: '3 s latency' }).click();
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(page.getByText(/Loading/).first()).toBeVisible();
  await expect(page.getByText(/Showing 11 of 11 sensors/)).toBeVisible({ timeout: 20_000 });
  await expectAccessible(page, 'sensors with latency');
});

test('with a 30% error rate the page still loads or offers Retry', async ({ page }) => {
  await signInAs(page, 'admin@contoso.com');
  await page.goto(paths.sensors);
  await page.getByRole('button', { name: /^Demo/ }).click();
  await page.getByRole('menuitemradio', { name: '30% of calls fail' }).click();
  await page.keyboard.press('Escape');
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.reload();
    const loaded = page.getByText(/Showing 11 of 11 sensors/);
    const retry = page.getByRole('button', { name: 'Retry' });
    await expect(loaded.or(retry).first()).toBeVisible({ timeout: 20_000 });
    if (await retry.isVisible()) {
      await retry.click();
      await expect(loaded.or(retry).first()).toBeVisible({ timeout: 20_000 });
    }
  }
});

test('offline mode shows a clear error with Retry, and recovers', async ({ page }) => {
  await signInAs(page, 'admin@contoso.com');
  await page.goto(paths.sensors);
  await expect(page.getByText(/Showing 11 of 11 sensors/)).toBeVisible();
  await page.getByRole('button', { name: /^Demo/ }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Offline' }).click();
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(page.getByText('Can’t reach the service').first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: /^Demo/ }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Offline' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Retry' }).first().click();
  await expect(page.getByText(/Showing 11 of 11 sensors/)).toBeVisible({ timeout: 20_000 });
});
