import type { Page } from '@playwright/test';
import { endpoints } from '../src/api/endpoints';
import { paths } from '../src/config/paths';
import { captureAccessToken, expect, expectAccessible, signInAs, test } from './fixtures';

async function demoMenu(page: Page, item: string | RegExp) {
  await page.getByRole('button', { name: /^Demo/ }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

const openIssues = (page: Page) => page.getByRole('table', { name: 'Open health issues' });

test('a simulated outage opens “Sensor stopped communicating”; ending it resolves the issue', async ({
  page,
}) => {
  await signInAs(page, 'admin@contoso.com');
  await page.goto(paths.health);
  await expect(page.getByRole('tab', { name: /^Open \(\d+\)$/ })).toBeVisible();
  await expectAccessible(page, 'health center');

  await demoMenu(page, 'Simulate sensor outage…');
  const dialog = page.getByRole('dialog', { name: 'Simulate sensor outage' });
  const sensor = dialog.getByRole('combobox', { name: 'Running sensor' });
  await sensor.selectOption({ label: 'DC02' });
  await expectAccessible(page, 'outage dialog');
  await dialog.getByRole('button', { name: 'Start outage' }).click();
  await expect(dialog).toBeHidden();

  await demoMenu(page, 'Advance time by 15 minutes');
  const issue = openIssues(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'DC02' }) })
    .filter({ hasText: 'Sensor stopped communicating' });
  await expect(issue).toHaveCount(1);
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByLabel(/open health issues?$/),
  ).toBeVisible();
  await issue.getByRole('button', { name: 'Sensor stopped communicating' }).click();
  const details = page.getByRole('region', { name: 'Health issue: Sensor stopped communicating' });
  await expect(details.getByRole('heading', { name: 'How to fix it' })).toBeVisible();
  await expectAccessible(page, 'health issue details');

  await demoMenu(page, 'Simulate sensor outage…');
  await dialog.getByRole('button', { name: 'End outage of DC02' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await demoMenu(page, 'Advance time by 15 minutes');
  await expect(issue).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('tab', { name: /^Open/ })).toBeVisible();
  await expect(issue).toHaveCount(0);
});

test('an administrator suppresses an issue with a reason and reopens it', async ({ page }) => {
  await signInAs(page, 'admin@contoso.com', 'degraded-sensors');
  await page.goto(paths.health);
  await openIssues(page).getByRole('button').first().click();
  await page.getByRole('button', { name: 'Suppress issue…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Suppress/ });
  await dialog.getByRole('textbox').fill('Known: server being rebuilt this week');
  await expectAccessible(page, 'suppress dialog');
  await dialog.getByRole('button', { name: 'Suppress' }).click();
  await expect(page.getByRole('table', { name: 'Suppressed health issues' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('table', { name: 'Suppressed health issues' })).toBeVisible();
  await page.getByRole('button', { name: 'Reopen issue' }).click();
  await expect(openIssues(page)).toBeVisible();
});

test('an analyst views health issues but can’t change them, and the API refuses', async ({
  page,
}) => {
  await signInAs(page, 'analyst@contoso.com', 'degraded-sensors');
  const token = await captureAccessToken(page, () => page.goto(paths.health));
  await openIssues(page).getByRole('button').first().click();
  await expect(
    page.getByText('Only Administrators can close, suppress or reopen health issues.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close issue' })).toHaveCount(0);
  await expectAccessible(page, 'health center (analyst)');
  const issueId = new URL(page.url()).searchParams.get('issue') ?? '';
  expect(issueId).not.toBe('');
  const status = await page.evaluate(
    async ([bearer, path]) =>
      (
        await fetch(path, {
          method: 'POST',
          headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ status: 'Closed' }),
        })
      ).status,
    [token, endpoints.healthIssueStatus(issueId)] as const,
  );
  expect(status).toBe(403);
});
