import { endpoints } from '../src/api/endpoints';
import {
  callApi,
  captureAccessToken,
  demo,
  DemoMenu,
  expect,
  HomePage,
  OutboxPage,
  test,
} from './kit';

test.use({ account: 'admin@contoso.com' });

test('advancing time brings a new alert that shows in the outbox as an email and a CEF line', async ({
  page,
}) => {
  const token = await captureAccessToken(page, () =>
    new HomePage(page).goto({ scenario: 'active-attack' }),
  );
  await new DemoMenu(page).openOutbox();
  const outbox = new OutboxPage(page);
  await outbox.expectLoaded();
  await expect(outbox.emptyState).toBeVisible();
  await outbox.expectAccessible('outbox (empty)');

  // Alerts are emailed to soc@contoso.com (the default); Syslog goes to the SIEM through DC01.
  const sensors = (await callApi(page, token, 'GET', endpoints.sensors)).body as {
    items: { id: string; name: string }[];
  };
  const dc01 = sensors.items.find((s) => s.name === 'DC01')!;
  const saved = await callApi(page, token, 'PUT', endpoints.config('syslog'), {
    enabled: true,
    sensorId: dc01.id,
    server: 'siem.contoso.com',
    port: 514,
    transport: 'UDP',
    format: 'RFC 5424',
    events: { newSecurityAlerts: true, updatedSecurityAlerts: true, newHealthIssues: true },
  });
  expect(saved.status).toBe(200);

  await demo.advanceTime(page, 30);
  await expect(outbox.messages('Email', 'New security alert')).toHaveCount(1);
  await expect(outbox.messages('Email', 'New security alert')).toContainText('soc@contoso.com');
  const cef = outbox.messages('Syslog', 'New security alert');
  await expect(cef).toHaveCount(1);
  await expect(cef).toContainText('siem.contoso.com:514 (UDP, RFC 5424)');
  await expect(cef).toContainText(/CEF:0\|Vigil\|Vigil\|.*externalId=2027.*cs2=new/);
  await outbox.expectAccessible('outbox with messages');

  await outbox.channel('Syslog').click();
  await expect(outbox.messages()).toHaveCount(1);
  await expect(page).toHaveURL(/channel=Syslog/);
});
