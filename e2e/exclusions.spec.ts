import { endpoints } from '../src/api/endpoints';
import { demoAlertIn } from '../mocks/testing/demo-alerts';
import {
  AlertPage,
  AlertsTimelinePage,
  callApi,
  captureAccessToken,
  demo,
  ExclusionsPage,
  expect,
  expectAccessible,
  test,
} from './kit';

const enumeration = demoAlertIn('active-attack', 'enumeration');

test.describe('a SOC analyst (User)', () => {
  test.use({ account: 'analyst@contoso.com' });

  test('closes and excludes an alert, finds the exclusion, lets it expire, and sees a new alert', async ({
    page,
  }) => {
    const alert = new AlertPage(page, enumeration, 'Account enumeration reconnaissance');
    await alert.goto({ scenario: 'active-attack' });
    const menu = await alert.openMenu();
    await menu.getByRole('menuitem', { name: /^Close and exclude/ }).click();
    await expect(alert.history).toContainText('Closed and excluded');
    await alert.expectAccessible();

    // The entry is on the exclusions page, under its detection, with a link back to the alert.
    await alert.mainNav.getByRole('link', { name: 'Configuration' }).click();
    const exclusions = new ExclusionsPage(page);
    await exclusions.openFromConfigurationNav('Exclusions');
    await exclusions.expectLoaded();
    await exclusions.search.fill('CLIENT12');
    await expect(
      exclusions.list(/^Account enumeration reconnaissance \(2003\) — 1 Computer/),
    ).toBeVisible();
    await exclusions.open('Account enumeration reconnaissance');
    const row = exclusions.row('CLIENT12');
    await expect(row.getByRole('link', { name: 'this alert' })).toHaveAttribute(
      'href',
      new RegExp(`/alerts/${enumeration}$`),
    );
    await expect(row).toContainText('Megan Bowen');
    await exclusions.expectAccessible('exclusions, entry from Close and exclude');

    // It expires an hour after the scenario's start, before CLIENT12 enumerates again (+100 min).
    await exclusions.expiry('CLIENT12').fill('2026-11-20T10:00');
    await exclusions.saveAndWait();
    await demo.advanceTime(page, 120);
    await exclusions.expectLoaded();
    await exclusions.open('Account enumeration reconnaissance');
    await expect(exclusions.row('CLIENT12').getByText('Expired')).toBeVisible();

    // The new enumeration was raised: open on the timeline, and its page opens.
    const timeline = await new AlertsTimelinePage(page).goto();
    await expect(timeline.card('Account enumeration reconnaissance')).toBeVisible();
    await timeline.expectAccessible('timeline after the exclusion expired');
  });

  test('pastes 50 subnets with two bad lines, gets both lines named, and saves the rest', async ({
    page,
  }) => {
    const exclusions = await new ExclusionsPage(page).goto({ scenario: 'active-attack' });
    await exclusions.expectAccessible('exclusions');
    await exclusions.open('Global exclusions');
    const paste = await exclusions.openPaste('Global exclusions');
    const lines = Array.from({ length: 50 }, (_, k) => `10.${k}.0.0/16`);
    lines[11] = '10.11.0.0/33';
    lines[36] = '10.300.0.0/16';
    await paste.entries.fill(lines.join('\n'));
    await paste.check.click();
    await expect(paste.problems.getByRole('listitem')).toHaveText([
      /^Line 12 \(value\): “10\.11\.0\.0\/33” isn’t an IP address or subnet/,
      /^Line 37 \(value\): “10\.300\.0\.0\/16” isn’t an IP address or subnet/,
    ]);
    await expectAccessible(page, 'paste dialog with bad lines');
    await paste.add.click();
    await expect(exclusions.list(/^Global exclusions — 48 IP addresses/)).toBeVisible();
    await expect(exclusions.impact).toContainText('would have excluded');
    await exclusions.saveAndWait();
    await exclusions.expectAccessible('exclusions after saving 48 subnets');
  });
});

test.describe('a Viewer', () => {
  test.use({ account: 'viewer@contoso.com' });

  test('reads the lists, and the service refuses a change', async ({ page }) => {
    const exclusions = new ExclusionsPage(page);
    const token = await captureAccessToken(page, () =>
      exclusions.goto({ scenario: 'active-attack' }),
    );
    await expect(exclusions.readOnlyNote()).toBeVisible();
    await exclusions.open('Suspicious communication over DNS');
    await expect(exclusions.row('spotify.com')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Remove / })).toHaveCount(0);
    await exclusions.expectAccessible('exclusions as Viewer');
    const answer = await callApi(page, token, 'PATCH', endpoints.exclusions, {
      add: [],
      remove: [],
      expiry: [],
    });
    expect(answer.status).toBe(403);
  });
});
