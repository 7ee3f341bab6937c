import type { Page } from '@playwright/test';
import { meSchema } from '../src/api/contracts/me';
import { endpoints } from '../src/api/endpoints';
import {
  AuditLogPage,
  expect,
  expectAccessible,
  paths,
  RoleGroupsPage,
  shareServiceState,
  SyslogPage,
  test,
} from './kit';

/** Reloads the page (no new sign-in) and returns the role GET /api/me answered. */
async function reloadAndReadRole(page: Page) {
  const me = page.waitForResponse((r) => new URL(r.url()).pathname === endpoints.me && r.ok());
  await page.reload();
  return meSchema.parse(await (await me).json()).role;
}

test('an admin promotes the analyst to Administrators; it applies without signing in again, and removing takes it away', async ({
  signedInAs,
}) => {
  const [admin, analyst] = await Promise.all([
    signedInAs('admin@contoso.com', { path: paths.configuration.roleGroups }),
    signedInAs('analyst@contoso.com', { path: paths.configuration.roleGroups }),
  ]);
  const adminGroups = new RoleGroupsPage(admin);
  const analystGroups = new RoleGroupsPage(analyst);

  // The analyst (a User) sees the role groups read-only.
  await expect(analystGroups.members('Users')).toContainText('analyst@contoso.com');
  await expect(analyst.getByRole('note')).toContainText('Only Administrators');
  await expect(analyst.getByRole('button', { name: /^Add members/ })).toHaveCount(0);

  // The admin adds her to Administrators.
  const dialog = await adminGroups.addMember('Administrators', 'Megan Bowen');
  await expectAccessible(admin, 'add members dialog');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(adminGroups.members('Administrators')).toContainText('analyst@contoso.com');
  await adminGroups.expectAccessible('role groups (admin)');

  // Her next request resolves the new role: no sign-in, the same session.
  await shareServiceState(admin, analyst);
  expect(await reloadAndReadRole(analyst)).toBe('Administrator');
  await expect(analyst).toHaveURL(new RegExp(`${paths.configuration.roleGroups}$`));
  await expect(analystGroups.addMembersButton('Administrators')).toBeVisible();
  await expect(
    analystGroups.configurationNav.getByRole('link', { name: 'Audit log' }),
  ).toBeVisible();

  // Removing takes it away again; the confirmation says what stays.
  await admin.getByRole('button', { name: 'Remove Megan Bowen from Administrators' }).click();
  const confirm = admin.getByRole('alertdialog', {
    name: 'Remove Megan Bowen from Administrators?',
  });
  await expect(confirm).toContainText('keep the access another role group');
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(confirm).toBeHidden();
  await expect(adminGroups.group('Administrators')).toContainText('No members yet.');

  await shareServiceState(admin, analyst);
  expect(await reloadAndReadRole(analyst)).toBe('User');
  await expect(analystGroups.members('Users')).toBeVisible();
  await expect(analyst.getByRole('button', { name: /^Add members/ })).toHaveCount(0);
});

test.describe('as an administrator', () => {
  test.use({ account: 'admin@contoso.com' });

  test('the audit log lists a role-group change with its diff; the page filter is in the URL', async ({
    page,
  }) => {
    const audit = await new AuditLogPage(page).goto();
    await expect(audit.empty).toBeVisible();
    await audit.expectAccessible('audit log (empty)');

    await audit.openFromConfigurationNav('Role groups');
    const groups = new RoleGroupsPage(page);
    await groups.expectLoaded();
    await groups.removeMember('Users', 'Megan Bowen');
    await expect(groups.group('Users')).toContainText('No members yet.');

    await groups.openFromConfigurationNav('Audit log');
    const entry = audit.entry('Vigil contoso Users');
    await expect(entry).toContainText('Role groups');
    await expect(entry).toContainText('Adele Vance (admin@contoso.com)');
    await expect(entry.getByRole('row', { name: /Member analyst@contoso\.com/ })).toContainText(
      /Megan Bowen\s*\(none\)/,
    );
    await audit.expectAccessible('audit log');

    await audit.pageFilter.selectOption('Role groups');
    await expect(page).toHaveURL(/[?&]page=Role\+groups/);
    await page.reload();
    await expect(audit.pageFilter).toHaveValue('Role groups');
    await expect(entry).toBeVisible();
    await audit.expectAccessible('audit log (filtered)');
  });
});

test('the analyst, promoted to Administrators, saves Syslog settings without signing in again; the audit log shows the diff', async ({
  signedInAs,
}) => {
  const [admin, analyst] = await Promise.all([
    signedInAs('admin@contoso.com', { path: paths.configuration.roleGroups }),
    signedInAs('analyst@contoso.com', { path: paths.configuration.syslog }),
  ]);

  // As a User, Syslog (a data source) is read-only for her.
  const syslog = new SyslogPage(analyst);
  await expect(syslog.port).toBeDisabled();

  await new RoleGroupsPage(admin).addMember('Administrators', 'Megan Bowen');

  await shareServiceState(admin, analyst);
  expect(await reloadAndReadRole(analyst)).toBe('Administrator');
  await expect(syslog.port).toBeEnabled();
  await syslog.port.fill('6514');
  await syslog.save.click();
  await expect(syslog.lastChangedBy('Megan Bowen')).toBeVisible();

  // The admin's audit log (same service) lists her change with its diff.
  await shareServiceState(analyst, admin);
  const audit = await new AuditLogPage(admin).goto({ query: 'page=Syslog+notifications' });
  const entry = audit.entry().first();
  await expect(entry).toContainText('Syslog notifications');
  await expect(entry).toContainText('Megan Bowen (analyst@contoso.com)');
  await expect(entry.getByRole('row', { name: /^Port/ })).toContainText(/514\s*6514/);
  await audit.expectAccessible('audit log (syslog change)');
});
