import {
  EmailNotificationsPage,
  expect,
  expectAccessible,
  paths,
  PreviewDetectionsPage,
  ScheduledReportsPage,
  shareServiceState,
  test,
} from './kit';

const ALERT = 'A new security alert is detected';
const HEALTH = 'A new health issue is detected';

test('two people edit email notifications; the second save gets the conflict dialog and keeps its edits', async ({
  signedInAs,
}) => {
  const [firstPage, secondPage] = await Promise.all([
    signedInAs('admin@contoso.com', { path: paths.configuration.notifications }),
    signedInAs('analyst@contoso.com', { path: paths.configuration.notifications }),
  ]);
  const first = new EmailNotificationsPage(firstPage);
  const second = new EmailNotificationsPage(secondPage);
  await expect(first.form).toBeVisible();
  await expect(second.form).toBeVisible();

  await first.addRecipients(HEALTH, 'noc@contoso.com');
  await second.addRecipients(ALERT, 'ir@contoso.com, tier2@contoso.com');

  await first.saveAndWait();
  await shareServiceState(firstPage, secondPage);

  await second.save.click();
  // The first to save was Adele Vance (admin@contoso.com): the dialog names her and the time.
  const dialog = secondPage.getByRole('alertdialog', {
    name: /^Adele Vance changed these settings at \d{1,2}:\d{2} [AP]M UTC$/,
  });
  await expect(dialog).toBeVisible();
  await expectAccessible(secondPage, 'conflict dialog');
  await dialog.getByRole('button', { name: 'Reload and reapply my changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(second.recipients(ALERT)).toContainText('ir@contoso.com');
  await expect(second.recipients(ALERT)).toContainText('tier2@contoso.com');
  await expect(second.recipients(HEALTH)).toContainText('noc@contoso.com');
  await second.saveAndWait();
  await secondPage.reload();
  await expect(second.recipients(ALERT)).toContainText('tier2@contoso.com');
});

test.describe('as an analyst', () => {
  test.use({ account: 'analyst@contoso.com' });

  test('the analyst changes email notifications and a scheduled report; a reload keeps them', async ({
    page,
  }) => {
    const email = await new EmailNotificationsPage(page).goto();
    await email.addRecipients(ALERT, 'not-an-address');
    await expect(page.getByText('“not-an-address” isn’t a valid email address.')).toBeVisible();
    await email.addRecipients(ALERT, 'ir@contoso.com');
    await email.saveAndWait();
    await email.expectAccessible('email notifications');

    await email.openFromConfigurationNav('Scheduled reports');
    const reports = new ScheduledReportsPage(page);
    await reports.frequency('Summary').selectOption('Daily');
    await reports.recipientsInput('Summary').fill('ciso@contoso.com');
    await reports.recipientsInput('Summary').press('Enter');
    await reports.saveAndWait();
    await page.reload();
    await expect(page.getByText('Daily at 00:00 UTC to 1 recipient')).toBeVisible();
    await reports.expectAccessible('scheduled reports');
    await reports.openFromConfigurationNav('Email notifications');
    await expect(email.recipients(ALERT)).toContainText('ir@contoso.com');
  });
});

test.describe('as a viewer', () => {
  test.use({ account: 'viewer@contoso.com' });

  test('the viewer sees email notifications, scheduled reports and preview detections read-only', async ({
    page,
  }) => {
    const email = await new EmailNotificationsPage(page).goto();
    await expect(
      email.readOnlyNote('Only Administrators and Users can change email notifications.'),
    ).toBeVisible();
    await expect(email.save).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Remove / })).toHaveCount(0);
    await email.expectAccessible('email notifications (viewer)');

    await email.openFromConfigurationNav('Scheduled reports');
    const reports = new ScheduledReportsPage(page);
    await expect(
      reports.readOnlyNote('Only Administrators and Users can schedule reports.'),
    ).toBeVisible();
    await expect(reports.frequency('Summary')).toBeDisabled();
    await expect(reports.save).toHaveCount(0);
    await reports.expectAccessible('scheduled reports (viewer)');

    await reports.openFromConfigurationNav('Detections');
    const preview = new PreviewDetectionsPage(page);
    await expect(preview.toggle).toBeDisabled();
    await expect(
      preview.readOnlyNote('Only Administrators and Users can turn preview detections on or off.'),
    ).toBeVisible();
    await preview.expectAccessible('preview detections (viewer)');
  });
});
