import type { Page } from '@playwright/test';
import { paths } from '../src/config/paths';
import { expect, expectAccessible, signInAs, test } from './fixtures';

/**
 * Each browser context runs its own copy of the demo backend (service worker + IndexedDB). To
 * stand in for one shared server, copy the saved backend state from one context to another; the
 * receiving page's backend re-reads it on its next request, so nothing on that page is reloaded.
 */
async function copyBackendState(from: Page, to: Page) {
  const read = () =>
    new Promise<unknown>((resolve, reject) => {
      const open = indexedDB.open('vigil-demo');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const get = open.result
          .transaction('mock-backend', 'readonly')
          .objectStore('mock-backend')
          .get('state');
        get.onerror = () => reject(get.error);
        get.onsuccess = () => resolve(get.result);
      };
    });
  const state = await from.evaluate(read);
  await to.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('vigil-demo');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('mock-backend', 'readwrite');
          tx.objectStore('mock-backend').put(value, 'state');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    state,
  );
}

test('two people edit email notifications; the second save gets the conflict dialog and keeps its edits', async ({
  browser,
}) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signInAs(first, 'admin@contoso.com');
  await signInAs(second, 'analyst@contoso.com');
  for (const page of [first, second]) {
    await page.goto(paths.configuration.notifications);
    await expect(page.getByRole('form', { name: 'Email notifications' })).toBeVisible();
  }

  await first
    .getByRole('textbox', { name: 'A new health issue is detected' })
    .fill('noc@contoso.com');
  await first.getByRole('textbox', { name: 'A new health issue is detected' }).press('Enter');
  await second
    .getByRole('textbox', { name: 'A new security alert is detected' })
    .fill('ir@contoso.com, tier2@contoso.com');
  await second.getByRole('textbox', { name: 'A new security alert is detected' }).press('Enter');

  await first.getByRole('button', { name: 'Save' }).click();
  await expect(first.getByRole('button', { name: 'Save' })).toBeDisabled();
  await copyBackendState(first, second);

  await second.getByRole('button', { name: 'Save' }).click();
  // The first to save was Adele Vance (admin@contoso.com): the dialog names her and the time.
  const dialog = second.getByRole('alertdialog', {
    name: /^Adele Vance changed these settings at \d{1,2}:\d{2} [AP]M UTC$/,
  });
  await expect(dialog).toBeVisible();
  await expectAccessible(second, 'conflict dialog');
  await dialog.getByRole('button', { name: 'Reload and reapply my changes' }).click();
  await expect(dialog).toBeHidden();
  const alerts = second.getByRole('list', { name: 'A new security alert is detected: recipients' });
  await expect(alerts).toContainText('ir@contoso.com');
  await expect(alerts).toContainText('tier2@contoso.com');
  await expect(
    second.getByRole('list', { name: 'A new health issue is detected: recipients' }),
  ).toContainText('noc@contoso.com');
  await second.getByRole('button', { name: 'Save' }).click();
  await expect(second.getByRole('button', { name: 'Save' })).toBeDisabled();
  await second.reload();
  await expect(
    second.getByRole('list', { name: 'A new security alert is detected: recipients' }),
  ).toContainText('tier2@contoso.com');
});

test('the analyst changes email notifications and a scheduled report; a reload keeps them', async ({
  page,
}) => {
  await signInAs(page, 'analyst@contoso.com');
  await page.goto(paths.configuration.notifications);
  const field = page.getByRole('textbox', { name: 'A new security alert is detected' });
  await field.fill('not-an-address');
  await field.press('Enter');
  await expect(page.getByText('“not-an-address” isn’t a valid email address.')).toBeVisible();
  await field.fill('ir@contoso.com');
  await field.press('Enter');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  await expectAccessible(page, 'email notifications');

  await page
    .getByRole('navigation', { name: 'Configuration' })
    .getByRole('link', { name: 'Scheduled reports' })
    .click();
  await page.getByRole('combobox', { name: 'Send the Summary report' }).selectOption('Daily');
  await page.getByRole('textbox', { name: 'Summary: send to' }).fill('ciso@contoso.com');
  await page.getByRole('textbox', { name: 'Summary: send to' }).press('Enter');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  await page.reload();
  await expect(page.getByText('Daily at 00:00 UTC to 1 recipient')).toBeVisible();
  await expectAccessible(page, 'scheduled reports');
  await page
    .getByRole('navigation', { name: 'Configuration' })
    .getByRole('link', { name: 'Email notifications' })
    .click();
  await expect(
    page.getByRole('list', { name: 'A new security alert is detected: recipients' }),
  ).toContainText('ir@contoso.com');
});

test('the viewer sees email notifications, scheduled reports and preview detections read-only', async ({
  page,
}) => {
  await signInAs(page, 'viewer@contoso.com');
  await page.goto(paths.configuration.notifications);
  await expect(
    page.getByText('Only Administrators and Users can change email notifications.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Remove / })).toHaveCount(0);
  await expectAccessible(page, 'email notifications (viewer)');

  const nav = page.getByRole('navigation', { name: 'Configuration' });
  await nav.getByRole('link', { name: 'Scheduled reports' }).click();
  await expect(page.getByText('Only Administrators and Users can schedule reports.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Send the Summary report' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
  await expectAccessible(page, 'scheduled reports (viewer)');

  await nav.getByRole('link', { name: 'Detections' }).click();
  await expect(page.getByRole('switch', { name: 'Show preview detections' })).toBeDisabled();
  await expect(
    page.getByText('Only Administrators and Users can turn preview detections on or off.'),
  ).toBeVisible();
  await expectAccessible(page, 'preview detections (viewer)');
});
