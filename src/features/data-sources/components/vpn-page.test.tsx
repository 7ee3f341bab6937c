import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { vpnSettingsResponseSchema } from '@/api/contracts/vpn';
import { endpoints } from '@/api/endpoints';
import { paths } from '@/config/paths';
import { renderRoute } from '@/testing/render-route';
import { givenNow } from '../../../../mocks/configure';
import { callApi } from '../../../../mocks/testing/api-client';

const SECRET = 'VpnRadius2026Secret';
const T = { timeout: 5_000 };

async function openPage(as = 'admin@contoso.com') {
  const view = await renderRoute(paths.configuration.vpn, { as });
  await screen.findByRole('form', { name: 'VPN settings' }, T);
  return view;
}

const secretInput = (label = 'Shared secret') =>
  screen.getByLabelText(new RegExp(`^${label}`), { selector: 'input' });

async function stored() {
  return vpnSettingsResponseSchema.parse(
    (await callApi('admin@contoso.com', endpoints.config('vpn'))).body,
  );
}

/** Every place the secret could leak to in the page: markup, input values, query and mutation caches. */
function expectNoSecretAnywhere(view: Awaited<ReturnType<typeof renderRoute>>) {
  expect(document.body.innerHTML).not.toContain(SECRET);
  for (const input of document.querySelectorAll('input')) expect(input.value).not.toContain(SECRET);
  const queries = view.queryClient
    .getQueryCache()
    .getAll()
    .map((q) => q.state.data);
  expect(JSON.stringify(queries)).not.toContain(SECRET);
  const mutations = view.queryClient
    .getMutationCache()
    .getAll()
    .map((m) => m.state);
  expect(JSON.stringify(mutations)).not.toContain(SECRET);
}

describe('VPN page', () => {
  it('lets an Administrator set the secret and turn RADIUS accounting on; the secret never shows', async () => {
    const view = await openPage();
    givenNow('2026-11-20T10:00:00Z');
    const { user } = view;
    expect(screen.getByRole('heading', { level: 1, name: 'VPN' })).toBeInTheDocument();
    const subNav = screen.getByRole('navigation', { name: 'Configuration' });
    expect(within(subNav).getByRole('link', { name: 'VPN' })).toBeInTheDocument();
    expect(
      screen.getByText(/Microsoft \(RRAS\), F5, Check Point, and Cisco ASA/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/UDP port 1813/).length).toBeGreaterThan(0);
    expect(screen.getByText('Shared secret: not set')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();

    await user.click(screen.getByRole('switch', { name: 'RADIUS accounting' }));
    await user.type(secretInput(), SECRET);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(
      await screen.findByText('Shared secret: set (changed Nov 20, 2026, 10:00 AM UTC)', {}, T),
    ).toBeInTheDocument();
    expect(screen.getByText(/Last changed by Adele Vance/)).toBeInTheDocument();
    expect(screen.queryByLabelText(/shared secret/i, { selector: 'input' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(screen.getByRole('switch', { name: 'RADIUS accounting' })).toBeChecked();
    expect((await stored()).value).toEqual({
      radiusEnabled: true,
      sharedSecret: { isSet: true, updatedAt: '2026-11-20T10:00:00.000Z' },
    });
    expectNoSecretAnywhere(view);

    // Change reveals an empty input; Cancel hides it again and keeps the stored secret.
    await user.click(screen.getByRole('button', { name: 'Change shared secret' }));
    const input = secretInput('New shared secret');
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
    await user.type(input, 'Another1234');
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText(/^New shared secret/, { selector: 'input' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Change shared secret' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('refuses to turn RADIUS accounting on without a secret, and saves nothing', async () => {
    const { user } = await openPage();
    await user.click(screen.getByRole('switch', { name: 'RADIUS accounting' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('Enter the shared secret your VPN server uses', {}, T),
    ).toBeInTheDocument();
    expect(secretInput()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('switch', { name: 'RADIUS accounting' })).toBeChecked();
    const vpn = await stored();
    expect(vpn.etag).toBe('W/"0"');
    expect(vpn.value.radiusEnabled).toBe(false);

    // A secret that is too short is refused at the field too; what was typed stays.
    await user.type(secretInput(), 'abc');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('The shared secret has at least 8 characters', {}, T),
    ).toBeInTheDocument();
    expect(secretInput()).toHaveValue('abc');
    expect((await stored()).etag).toBe('W/"0"');
  });

  it('is read-only for an analyst, with a note saying who can change it', async () => {
    await openPage('analyst@contoso.com');
    expect(screen.getByText('Only Administrators can change VPN settings.')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'RADIUS accounting' })).toBeDisabled();
    expect(screen.getByText('Shared secret: not set')).toBeInTheDocument();
    expect(screen.queryByLabelText(/shared secret/i, { selector: 'input' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Change|Save/ })).toBeNull();
  });

  it('shows the stored state to an analyst after an admin set it, without a Change button', async () => {
    const vpn = await stored();
    await callApi('admin@contoso.com', endpoints.config('vpn'), {
      method: 'PUT',
      body: { radiusEnabled: true, sharedSecret: SECRET },
      headers: { 'If-Match': vpn.etag },
    });
    const view = await renderRoute(paths.configuration.vpn, {
      as: 'analyst@contoso.com',
      scenario: false,
    });
    await screen.findByRole('form', { name: 'VPN settings' }, T);
    await waitFor(() =>
      expect(screen.getByText(/^Shared secret: set \(changed/)).toBeInTheDocument(),
    );
    expect(screen.getByRole('switch', { name: 'RADIUS accounting' })).toBeChecked();
    expect(screen.queryByRole('button', { name: 'Change shared secret' })).toBeNull();
    expectNoSecretAnywhere(view);
  });
});
