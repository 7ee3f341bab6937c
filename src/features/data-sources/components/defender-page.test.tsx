import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { renderRoute } from '@/testing/render-route';
import { givenDefenderForEndpointError, givenScenario } from '../../../../mocks/configure';
import { demoUserIds } from '../../../../mocks/identity/directory';
import { store } from '../../../../mocks/store/store';

const T = { timeout: 5_000 };
const toggleName = 'Integration with Microsoft Defender for Endpoint';
const statusPanel = () => screen.getByRole('region', { name: /Integration status/ });

async function openPage(as: string, scenario: 'contoso' | false = 'contoso') {
  const view = await renderRoute(paths.configuration.defenderForEndpoint, { as, scenario });
  await screen.findByRole('form', { name: 'Microsoft Defender for Endpoint integration' }, T);
  return view;
}

describe('Microsoft Defender for Endpoint page', () => {
  it('lets a Global Administrator turn the integration on; the status becomes Connected', async () => {
    const { user } = await openPage('admin@contoso.com');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Microsoft Defender for Endpoint' }),
    ).toBeInTheDocument();
    const subNav = screen.getByRole('navigation', { name: 'Configuration' });
    expect(
      within(subNav).getByRole('link', { name: 'Microsoft Defender for Endpoint' }),
    ).toBeInTheDocument();
    await within(statusPanel()).findByText(/The integration is off/, {}, T);
    expect(within(statusPanel()).getByLabelText('Status: Off')).toBeInTheDocument();

    await user.click(screen.getByRole('switch', { name: toggleName }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await within(statusPanel()).findByLabelText('Status: Connected', {}, T);
    const panel = within(statusPanel());
    expect(panel.getByText('Connected since')).toBeInTheDocument();
    expect(panel.getByText('Nov 20, 2026, 9:00 AM UTC')).toBeInTheDocument();
    expect(panel.getByText('Devices onboarded').nextElementSibling?.textContent).toMatch(
      /^\d{3}$/, // most of the 350 computers of contoso
    );
    expect(panel.getByText('Open alerts').nextElementSibling?.textContent).toMatch(/^\d+: /);
    expect(screen.getByRole('switch', { name: toggleName })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('is read-only for an Administrators role-group member who is no directory admin', async () => {
    await givenScenario('contoso');
    const admins = store.state.directory.groups.find(
      (g) => g.displayName === 'Vigil contoso Administrators',
    );
    admins?.memberIds.push(demoUserIds.analyst);
    await openPage('analyst@contoso.com', false);
    expect(
      screen.getByText(
        'Only Global Administrators and Security Administrators of Contoso can turn the Microsoft Defender for Endpoint integration on or off. Membership of the Administrators role group isn’t enough.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: toggleName })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    // As an Administrator, they can still change the other data sources.
    const subNav = screen.getByRole('navigation', { name: 'Configuration' });
    expect(within(subNav).getByRole('link', { name: 'VPN' })).toBeInTheDocument();
  });

  it('is read-only for an analyst, with the note', async () => {
    await openPage('analyst@contoso.com');
    expect(
      screen.getByText(
        'Only Global Administrators and Security Administrators of Contoso can turn the Microsoft Defender for Endpoint integration on or off.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: toggleName })).toBeDisabled();
  });

  it('shows a broken integration with its reason', async () => {
    await givenScenario('contoso');
    givenDefenderForEndpointError('The Defender for Endpoint tenant can’t be reached.');
    await openPage('viewer@contoso.com', false);
    await within(statusPanel()).findByLabelText('Status: Error', {}, T);
    expect(
      within(statusPanel()).getByText(/Defender for Endpoint isn’t connected/),
    ).toBeInTheDocument();
    expect(
      within(statusPanel()).getByText(/The Defender for Endpoint tenant can’t be reached\./),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('switch', { name: toggleName })).toBeChecked());
  });
});
