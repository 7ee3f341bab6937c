import type { Page } from '@playwright/test';
import { meSchema } from '../src/api/contracts/me';
import { endpoints } from '../src/api/endpoints';
import { paths } from '../src/config/paths';
import { expect, expectAccessible, signInAs, test } from './fixtures';

/**
 * The demo's backend runs inside each browser (service worker + IndexedDB), so two browser
 * contexts have two copies of "the service". Where a journey needs one shared service (an admin
 * changes something another user then sees), this carries the service's state from one browser to
 * the other, as a real shared backend would hold it. Nothing about the users' sessions is copied.
 */
async function shareService(from: Page, to: Page) {
  const state = await from.evaluate(
    () =>
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
      }),
  );
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

/** Reloads the page (no new sign-in) and returns the role GET /api/me answered. */
async function reloadAndReadRole(page: Page) {
  const me = page.waitForResponse((r) => new URL(r.url()).pathname === endpoints.me && r.ok());
  await page.reload();
  return meSchema.parse(await (await me).json()).role;
}

test('an admin promotes the analyst to Administrators; it applies without signing in again, and removing takes it away', async ({
  browser,
}) => {
  const admin = await (await browser.newContext()).newPage();
  const analyst = await (await browser.newContext()).newPage();
  await Promise.all([
    signInAs(admin, 'admin@contoso.com'),
    signInAs(analyst, 'analyst@contoso.com'),
  ]);

  // The analyst (a User) sees the role groups read-only.
  await analyst.goto(paths.configuration.roleGroups);
  await expect(analyst.getByRole('table', { name: 'Members of Users' })).toContainText(
    'analyst@contoso.com',
  );
  await expect(analyst.getByRole('note')).toContainText('Only Administrators');
  await expect(analyst.getByRole('button', { name: /^Add members/ })).toHaveCount(0);

  // The admin adds her to Administrators.
  await admin.goto(paths.configuration.roleGroups);
  await admin.getByRole('button', { name: 'Add members to Administrators' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Add members to Administrators' });
  await dialog.getByRole('searchbox', { name: /Search people in Contoso/ }).fill('megan');
  await dialog.getByRole('button', { name: 'Add Megan Bowen' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Added to Administrators: Megan Bowen.');
  await expectAccessible(admin, 'add members dialog');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(admin.getByRole('table', { name: 'Members of Administrators' })).toContainText(
    'analyst@contoso.com',
  );
  await expectAccessible(admin, 'role groups (admin)');

  // Her next request resolves the new role: no sign-in, the same session.
  await shareService(admin, analyst);
  expect(await reloadAndReadRole(analyst)).toBe('Administrator');
  await expect(analyst).toHaveURL(new RegExp(`${paths.configuration.roleGroups}$`));
  await expect(
    analyst.getByRole('button', { name: 'Add members to Administrators' }),
  ).toBeVisible();
  await expect(
    analyst
      .getByRole('navigation', { name: 'Configuration' })
      .getByRole('link', { name: 'Audit log' }),
  ).toBeVisible();

  // Removing takes it away again.
  await admin.getByRole('button', { name: 'Remove Megan Bowen from Administrators' }).click();
  const confirm = admin.getByRole('alertdialog', {
    name: 'Remove Megan Bowen from Administrators?',
  });
  await expect(confirm).toContainText('keep the access another role group');
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(confirm).toBeHidden();
  await expect(admin.getByRole('region', { name: 'Administrators' })).toContainText(
    'No members yet.',
  );

  await shareService(admin, analyst);
  expect(await reloadAndReadRole(analyst)).toBe('User');
  await expect(analyst.getByRole('table', { name: 'Members of Users' })).toBeVisible();
  await expect(analyst.getByRole('button', { name: /^Add members/ })).toHaveCount(0);
});

test('the audit log lists a role-group change with its diff; the page filter is in the URL', async ({
  page,
}) => {
  await signInAs(page, 'admin@contoso.com');
  await page.goto(paths.configuration.auditLog);
  await expect(page.getByRole('heading', { name: 'No configuration changes yet' })).toBeVisible();
  await expectAccessible(page, 'audit log (empty)');

  await page.goto(paths.configuration.roleGroups);
  await page.getByRole('button', { name: 'Remove Megan Bowen from Users' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('region', { name: 'Users' })).toContainText('No members yet.');

  await page
    .getByRole('navigation', { name: 'Configuration' })
    .getByRole('link', { name: 'Audit log' })
    .click();
  const entry = page.getByRole('article', { name: 'Vigil contoso Users' });
  await expect(entry).toContainText('Role groups');
  await expect(entry).toContainText('Adele Vance (admin@contoso.com)');
  await expect(entry.getByRole('row', { name: /Member analyst@contoso\.com/ })).toContainText(
    /Megan Bowen\s*\(none\)/,
  );
  await expectAccessible(page, 'audit log');

  await page.getByRole('combobox', { name: 'Page' }).selectOption('Role groups');
  await expect(page).toHaveURL(/[?&]page=Role\+groups/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Page' })).toHaveValue('Role groups');
  await expect(entry).toBeVisible();
  await expectAccessible(page, 'audit log (filtered)');
});

test('the analyst, promoted to Administrators, saves Syslog settings without signing in again; the audit log shows the diff', async ({
  browser,
}) => {
  const admin = await (await browser.newContext()).newPage();
  const analyst = await (await browser.newContext()).newPage();
  await Promise.all([
    signInAs(admin, 'admin@contoso.com'),
    signInAs(analyst, 'analyst@contoso.com'),
  ]);

  // As a User, Syslog (a data source) is read-only for her.
  await analyst.goto(paths.configuration.syslog);
  const port = analyst
    .getByRole('spinbutton', { name: 'Port' })
    .or(analyst.getByRole('textbox', { name: 'Port' }));
  await expect(port).toBeDisabled();

  await admin.goto(paths.configuration.roleGroups);
  await admin.getByRole('button', { name: 'Add members to Administrators' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Add members to Administrators' });
  await dialog.getByRole('button', { name: 'Add Megan Bowen' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Added to Administrators: Megan Bowen.');

  await shareService(admin, analyst);
  expect(await reloadAndReadRole(analyst)).toBe('Administrator');
  await expect(port).toBeEnabled();
  await port.fill('6514');
  await analyst.getByRole('button', { name: 'Save' }).click();
  await expect(analyst.getByText(/Last changed by Megan Bowen/)).toBeVisible();

  // The admin's audit log (same service) lists her change with its diff.
  await shareService(analyst, admin);
  await admin.goto(`${paths.configuration.auditLog}?page=Syslog+notifications`);
  const entry = admin.getByRole('article').first();
  await expect(entry).toContainText('Syslog notifications');
  await expect(entry).toContainText('Megan Bowen (analyst@contoso.com)');
  await expect(entry.getByRole('row', { name: /^Port/ })).toContainText(/514\s*6514/);
  await expectAccessible(admin, 'audit log (syslog change)');
});
