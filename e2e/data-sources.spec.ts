import type { Page } from '@playwright/test';
import { endpoints } from '../src/api/endpoints';
import { paths } from '../src/config/paths';
import { captureAccessToken, expect, expectAccessible, signInAs, test } from './fixtures';

const SECRET = 'E2eRadiusSecret2026';

/** GET the resource for its ETag, then PUT `body` with If-Match — straight to the API, no UI. */
async function putDirectly(page: Page, token: string, path: string, body: unknown) {
  return page.evaluate(
    async ([url, bearer, json]) => {
      const auth = { Authorization: `Bearer ${bearer}` };
      const current = await fetch(url, { headers: auth });
      const response = await fetch(url, {
        method: 'PUT',
        headers: {
          ...auth,
          'Content-Type': 'application/json',
          'If-Match': current.headers.get('ETag') ?? '',
        },
        body: JSON.stringify(json),
      });
      return { status: response.status, body: (await response.json()) as { detail?: string } };
    },
    [path, token, body] as const,
  );
}

test('an analyst sees both data sources read-only, and the API refuses their changes', async ({
  page,
}) => {
  await signInAs(page, 'analyst@contoso.com');
  const token = await captureAccessToken(page, () => page.goto(paths.configuration.vpn));
  await expect(page.getByRole('heading', { level: 1, name: 'VPN' })).toBeVisible();
  await expect(page.getByText('Only Administrators can change VPN settings.')).toBeVisible();
  await expect(page.getByRole('switch', { name: 'RADIUS accounting' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
  await expectAccessible(page, 'VPN (analyst)');
  const vpn = await putDirectly(page, token, endpoints.config('vpn'), { radiusEnabled: false });
  expect(vpn.status).toBe(403);

  await page
    .getByRole('navigation', { name: 'Configuration' })
    .getByRole('link', { name: 'Microsoft Defender for Endpoint' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Microsoft Defender for Endpoint' }),
  ).toBeVisible();
  await expect(
    page.getByText(/Only Global Administrators and Security Administrators of Contoso/),
  ).toBeVisible();
  await expect(
    page.getByRole('switch', { name: 'Integration with Microsoft Defender for Endpoint' }),
  ).toBeDisabled();
  await expect(page.getByLabel('Status: Off')).toBeVisible();
  await expectAccessible(page, 'Defender for Endpoint (analyst)');
  const defender = await putDirectly(page, token, endpoints.config('defender-for-endpoint'), {
    enabled: true,
  });
  expect(defender.status).toBe(403);
});

test('an admin sets the RADIUS secret and turns accounting on; after a reload it shows “set”, never the value', async ({
  page,
}) => {
  await signInAs(page, 'admin@contoso.com');
  await page.goto(paths.configuration.vpn);
  await expect(page.getByText('Shared secret: not set')).toBeVisible();
  await page.getByRole('switch', { name: 'RADIUS accounting' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Enter the shared secret your VPN server uses')).toBeVisible();
  await expectAccessible(page, 'VPN (field error)');

  await page
    .getByLabel(/^Shared secret/, { exact: false })
    .and(page.locator('input'))
    .fill(SECRET);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/^Shared secret: set \(changed /)).toBeVisible();
  await expect(page.locator('input[type="password"]')).toHaveCount(0);

  await page.reload();
  await expect(page.getByText(/^Shared secret: set \(changed /)).toBeVisible();
  await expect(page.getByRole('switch', { name: 'RADIUS accounting' })).toBeChecked();
  expect(await page.content()).not.toContain(SECRET);
  await expectAccessible(page, 'VPN (admin)');

  await page.getByRole('button', { name: 'Change shared secret' }).click();
  await expect(page.getByLabel(/^New shared secret/).and(page.locator('input'))).toBeFocused();
});

test('a Global Administrator turns Defender for Endpoint on and sees it connected', async ({
  page,
}) => {
  await signInAs(page, 'admin@contoso.com');
  await page.goto(paths.configuration.defenderForEndpoint);
  await expect(page.getByLabel('Status: Off')).toBeVisible();
  await page
    .getByRole('switch', { name: 'Integration with Microsoft Defender for Endpoint' })
    .click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Status: Connected')).toBeVisible();
  await expect(page.getByText('Devices onboarded')).toBeVisible();
  await expectAccessible(page, 'Defender for Endpoint (connected)');
});
