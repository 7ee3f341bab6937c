import { endpoints } from '../src/api/endpoints';
import { callApi, captureAccessToken, DefenderForEndpointPage, expect, test, VpnPage } from './kit';

const SECRET = 'E2eRadiusSecret2026';

test.describe('as an analyst', () => {
  test.use({ account: 'analyst@contoso.com' });

  test('an analyst sees both data sources read-only, and the API refuses their changes', async ({
    page,
  }) => {
    const vpn = new VpnPage(page);
    const token = await captureAccessToken(page, () => vpn.goto());
    await expect(vpn.readOnlyNote('Only Administrators can change VPN settings.')).toBeVisible();
    await expect(vpn.radiusAccounting).toBeDisabled();
    await expect(vpn.save).toHaveCount(0);
    await vpn.expectAccessible('VPN (analyst)');
    const put = await callApi(page, token, 'PUT', endpoints.config('vpn'), {
      radiusEnabled: false,
    });
    expect(put.status).toBe(403);

    await vpn.openFromConfigurationNav('Microsoft Defender for Endpoint');
    const defender = new DefenderForEndpointPage(page);
    await defender.expectLoaded();
    await expect(
      defender.readOnlyNote(/Only Global Administrators and Security Administrators of Contoso/),
    ).toBeVisible();
    await expect(defender.integration).toBeDisabled();
    await expect(defender.status('Off')).toBeVisible();
    await defender.expectAccessible('Defender for Endpoint (analyst)');
    const putDefender = await callApi(
      page,
      token,
      'PUT',
      endpoints.config('defender-for-endpoint'),
      { enabled: true },
    );
    expect(putDefender.status).toBe(403);
  });
});

test.describe('as an administrator', () => {
  test.use({ account: 'admin@contoso.com' });

  test('an admin sets the RADIUS secret and turns accounting on; after a reload it shows “set”, never the value', async ({
    page,
  }) => {
    const vpn = await new VpnPage(page).goto();
    await expect(page.getByText('Shared secret: not set')).toBeVisible();
    await vpn.radiusAccounting.click();
    await vpn.save.click();
    await expect(page.getByText('Enter the shared secret your VPN server uses')).toBeVisible();
    await vpn.expectAccessible('VPN (field error)');

    await vpn.sharedSecret.fill(SECRET);
    await vpn.save.click();
    await expect(page.getByText(/^Shared secret: set \(changed /)).toBeVisible();
    await expect(page.locator('input[type="password"]')).toHaveCount(0);

    await page.reload();
    await expect(page.getByText(/^Shared secret: set \(changed /)).toBeVisible();
    await expect(vpn.radiusAccounting).toBeChecked();
    expect(await page.content()).not.toContain(SECRET);
    await vpn.expectAccessible('VPN (admin)');

    await vpn.changeSecret.click();
    await expect(page.getByLabel(/^New shared secret/).and(page.locator('input'))).toBeFocused();
  });

  test('a Global Administrator turns Defender for Endpoint on and sees it connected', async ({
    page,
  }) => {
    const defender = await new DefenderForEndpointPage(page).goto();
    await expect(defender.status('Off')).toBeVisible();
    await defender.integration.click();
    await defender.save.click();
    await expect(defender.status('Connected')).toBeVisible();
    await expect(page.getByText('Devices onboarded')).toBeVisible();
    await defender.expectAccessible('Defender for Endpoint (connected)');
  });
});
