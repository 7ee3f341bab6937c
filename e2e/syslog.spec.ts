import { expect, SyslogPage, test } from './kit';

test.use({ account: 'admin@contoso.com' });

test('an admin configures Syslog over TLS, sends a test message and finds it saved after a reload', async ({
  page,
}) => {
  const syslog = await new SyslogPage(page).goto();
  // Listed under Configuration → Notifications and reports, as the current page.
  await expect(page.getByRole('link', { name: 'Syslog notifications' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(syslog.form).toBeVisible();
  await syslog.expectAccessible('syslog (defaults)');

  await page
    .getByRole('switch', { name: 'Send security alerts and health issues to a SIEM' })
    .check();
  await page.getByRole('combobox', { name: 'Sensor that sends the messages' }).click();
  await page.getByRole('option', { name: 'DC01 (contoso.com)' }).click();
  await page.getByRole('textbox', { name: /Server/ }).fill('siem.contoso.com');
  await page.getByRole('spinbutton', { name: 'Port' }).fill('6514');
  await page.getByRole('combobox', { name: 'Transport' }).click();
  await page.getByRole('option', { name: 'TLS (secured Syslog)' }).click();
  await expect(
    page.getByText('Secured Syslog: the certificates must be installed on DC01.'),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Format' })).toHaveText('RFC 5424');
  for (const event of [
    'A new security alert is detected',
    'An existing security alert is updated',
    'A new health issue is detected',
  ]) {
    await expect(page.getByRole('switch', { name: event })).toBeChecked();
  }
  await expect(page.getByRole('textbox', { name: 'Message preview' })).toHaveValue(
    / dc01\.contoso\.com CEF /,
  );

  await page.getByRole('button', { name: 'Send test message' }).click();
  const result = page.getByRole('status', { name: 'Test message result' });
  await expect(result).toContainText('Test message sent');
  await expect(result).toContainText('Delivered to siem.contoso.com:6514 over TLS from DC01.');
  const sent = page.getByRole('textbox', { name: 'Message that was sent' });
  await expect(sent).toHaveValue(
    /^<36>1 .* dc01\.contoso\.com CEF \d+ DnsReconnaissanceSecurityAlert - CEF:0\|Vigil\|/,
  );
  await expect(sent).toHaveValue(/\|Network mapping reconnaissance \(DNS\)\|5\|/);
  await expect(sent).toHaveValue(/externalId=2007/);
  await syslog.expectAccessible('syslog (configured, tested)');

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/Last changed by Adele Vance/)).toBeVisible();

  await page.reload();
  await expect(
    page.getByRole('switch', { name: 'Send security alerts and health issues to a SIEM' }),
  ).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Sensor that sends the messages' })).toHaveText(
    'DC01 (contoso.com)',
  );
  await expect(page.getByRole('textbox', { name: /Server/ })).toHaveValue('siem.contoso.com');
  await expect(page.getByRole('spinbutton', { name: 'Port' })).toHaveValue('6514');
  await expect(page.getByRole('combobox', { name: 'Transport' })).toHaveText(
    'TLS (secured Syslog)',
  );
  await expect(page.getByRole('combobox', { name: 'Format' })).toHaveText('RFC 5424');
  await expect(page.getByRole('switch', { name: 'A new health issue is detected' })).toBeChecked();
});
