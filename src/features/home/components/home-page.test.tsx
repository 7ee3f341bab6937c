import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { directoryAccountsResponseSchema } from '@/api/contracts/directory-services';
import { endpoints } from '@/api/endpoints';
import { paths } from '@/config/paths';
import { callApi } from '../../../../mocks/testing/api-client';
import { renderRoute } from '@/testing/render-route';
import { T } from '@/testing/waits';

async function onboardingSteps() {
  const panel = await screen.findByRole('region', { name: /^Set up/ }, T);
  return within(panel)
    .getAllByRole('listitem')
    .map((li) => li.textContent);
}

describe('Home', () => {
  it('is where a signed-in user lands, first in the navigation', async () => {
    const { router } = await renderRoute(paths.signedOut);
    expect(await screen.findByRole('heading', { level: 1, name: 'Home' }, T)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(paths.home);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getAllByRole('link')[0]).toHaveTextContent('Home');
  });

  it('shows Contoso’s sensors by status as a chart with the same numbers as a table', async () => {
    await renderRoute(paths.home);
    const table = await screen.findByRole('table', { name: 'Sensors by status' }, T);
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toEqual(['Up to date11']);
    const total = within(table)
      .getAllByRole('cell')
      .reduce((sum, c) => sum + Number(c.textContent), 0);
    expect(total).toBe(11);
    expect(screen.getByRole('link', { name: 'View all sensors' })).toHaveAttribute(
      'href',
      paths.sensors,
    );
  });

  it('shows domain controller coverage and open health issues', async () => {
    await renderRoute(paths.home);
    const coverage = await screen.findByRole('region', { name: 'Domain controller coverage' }, T);
    expect(
      await within(coverage).findByText('9 of 9 domain controllers have a sensor', {}, T),
    ).toBeInTheDocument();
    expect(
      within(coverage).getByText('All detected domain controllers have sensors installed.'),
    ).toBeInTheDocument();
    expect(within(coverage).getByText('Unmonitored').nextSibling).toHaveTextContent('0');

    const health = screen.getByRole('region', { name: 'Open health issues' });
    const table = await within(health).findByRole('table', {}, T);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [
        within(r).getByRole('rowheader').textContent,
        ...within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ]);
    expect(rows).toEqual([
      ['High', '0', '0'],
      ['Medium', '2', '2'],
      ['Low', '0', '0'],
    ]);
    expect(within(health).getByText(/open issues$/)).toHaveTextContent('2 open issues');
  });

  it('shows the unmonitored domain controllers when coverage has gaps', async () => {
    await renderRoute(paths.home, { scenario: 'degraded-sensors' });
    const coverage = await screen.findByRole('region', { name: 'Domain controller coverage' }, T);
    expect(
      await within(coverage).findByText('6 of 9 domain controllers have a sensor', {}, T),
    ).toBeInTheDocument();
    expect(within(coverage).getByText('dc03.contoso.com')).toBeInTheDocument();
    expect(within(coverage).getByRole('link', { name: 'Go to Sensors' })).toBeInTheDocument();
  });

  it('on a fresh instance, shows the setup steps with sensor installation not done', async () => {
    await renderRoute(paths.home, { scenario: 'fresh' });
    const steps = await onboardingSteps();
    expect(steps).toHaveLength(3);
    expect(steps[0]).toMatch(/Connect to your Active Directory forest \(not done\)/);
    expect(steps[1]).toMatch(/Download the sensor setup and install the first sensor \(not done\)/);
    expect(steps[2]).toMatch(/Configure the first sensor \(not done\)/);
    expect(await screen.findByText('No sensors yet', {}, T)).toBeInTheDocument();
    // Step 2 links to the Sensors page, which exists, with its setup drawer open.
    const panel = screen.getByRole('region', { name: /^Set up/ });
    expect(within(panel).getByRole('link', { name: 'Get the sensor setup' })).toHaveAttribute(
      'href',
      `${paths.sensors}?setup=open`,
    );
    expect(within(panel).getByRole('link', { name: 'Go to Directory services' })).toHaveAttribute(
      'href',
      paths.configuration.directoryServices,
    );
  });

  it('ticks a step done elsewhere as soon as Home is shown again', async () => {
    const { router } = await renderRoute(paths.home, { scenario: 'fresh' });
    expect((await onboardingSteps())[0]).toMatch(/forest \(not done\)/);
    await act(() => router.navigate(paths.health));
    await screen.findByRole('heading', { level: 1, name: 'Health Center' }, T);
    // Another page (or tab) adds the directory service account meanwhile.
    const { etag } = directoryAccountsResponseSchema.parse(
      (await callApi('admin@contoso.com', endpoints.directoryServices)).body,
    );
    const added = await callApi('admin@contoso.com', endpoints.directoryServices, {
      method: 'POST',
      body: { kind: 'gMSA', accountName: 'gmsa-vigil$', domain: 'contoso.com' },
      headers: { 'If-Match': etag },
    });
    expect(added.status).toBe(201);
    await act(() => router.navigate(paths.home));
    await waitFor(async () => expect((await onboardingSteps())[0]).toMatch(/forest \(done\)/), T);
  });

  it('hides the setup steps once Contoso’s real state has ticked them all', async () => {
    await renderRoute(paths.home);
    expect(await screen.findByRole('table', { name: 'Sensors by status' }, T)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Set up/ })).toBeNull();
    expect(
      screen.getByText('Setup complete: your forest is connected and a sensor is configured.'),
    ).toBeInTheDocument();
  });
});
