import { endpoints } from '../src/api/endpoints';
import {
  callApi,
  captureAccessToken,
  DemoMenu,
  expect,
  expectAccessible,
  HealthCenterPage,
  test,
} from './kit';

test.describe('as an administrator', () => {
  test.use({ account: 'admin@contoso.com' });

  test('a simulated outage opens “Sensor stopped communicating”; ending it resolves the issue', async ({
    page,
  }) => {
    const health = await new HealthCenterPage(page).goto();
    await expect(health.tab('Open')).toBeVisible();
    await health.expectAccessible('health center');

    const menu = new DemoMenu(page);
    const outage = await menu.openOutageDialog();
    await outage.root.getByRole('combobox', { name: 'Running sensor' }).selectOption({
      label: 'DC02',
    });
    await expectAccessible(page, 'outage dialog');
    await outage.root.getByRole('button', { name: 'Start outage' }).click();
    await expect(outage.root).toBeHidden();

    await menu.advanceTime('15 minutes');
    const issue = health.issueRows('DC02', 'Sensor stopped communicating');
    await expect(issue).toHaveCount(1);
    await expect(health.navCount).toBeVisible();
    await issue.getByRole('button', { name: 'Sensor stopped communicating' }).click();
    const details = health.details('Sensor stopped communicating');
    await expect(details.getByRole('heading', { name: 'How to fix it' })).toBeVisible();
    await health.expectAccessible('health issue details');

    await (await menu.openOutageDialog()).end('DC02');
    await menu.advanceTime('15 minutes');
    await expect(issue).toHaveCount(0);
    await page.reload();
    await expect(health.tab('Open')).toBeVisible();
    await expect(issue).toHaveCount(0);
  });

  test('an administrator suppresses an issue with a reason and reopens it', async ({ page }) => {
    const health = await new HealthCenterPage(page).goto({ scenario: 'degraded-sensors' });
    await health.openIssue();
    await page.getByRole('button', { name: /^Suppress/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Suppress/ });
    await dialog.getByRole('textbox').fill('Known: server being rebuilt this week');
    await expectAccessible(page, 'suppress dialog');
    await dialog.getByRole('button', { name: /^Suppress/ }).click();
    await expect(health.issues('Suppressed')).toBeVisible();
    await page.reload();
    await expect(health.issues('Suppressed')).toBeVisible();
    await health.reopenOpenIssue();
    await expect(health.issues('Open')).toBeVisible();
  });
});

test.describe('as an analyst', () => {
  test.use({ account: 'analyst@contoso.com' });

  test('an analyst views health issues but can’t change them, and the API refuses', async ({
    page,
  }) => {
    const health = new HealthCenterPage(page);
    const token = await captureAccessToken(page, () =>
      health.goto({ scenario: 'degraded-sensors' }),
    );
    await health.openIssue();
    await expect(
      health.readOnlyNote('Only Administrators can close, suppress or reopen health issues.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: /^(Close|Suppress|Reopen)/ })).toHaveCount(0);
    await health.expectAccessible('health center (analyst)');
    const issueId = new URL(page.url()).searchParams.get('issue') ?? '';
    expect(issueId).not.toBe('');
    const answer = await callApi(page, token, 'POST', endpoints.healthIssueStatus(issueId), {
      status: 'Closed',
    });
    expect(answer.status).toBe(403);
  });
});
