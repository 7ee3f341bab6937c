import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accessKeySchema } from '@/api/contracts/sensor-setup';
import { endpoints } from '@/api/endpoints';
import { paths } from '@/config/paths';
import { renderRoute } from '@/testing/render-route';
import { callApi } from '../../../../mocks/testing/api-client';

const T = { timeout: 5_000 };

async function currentKey() {
  return accessKeySchema.parse((await callApi('admin@contoso.com', endpoints.accessKey)).body).key;
}

async function setupRegion() {
  return screen.findByRole('region', { name: 'Sensor setup' }, T);
}

describe('Sensor setup on the Sensors page', () => {
  it('shows the key only when an Administrator reveals it, and regenerates it after a confirmation', async () => {
    const view = await renderRoute(paths.sensors);
    const { user } = view;
    const region = await setupRegion();
    const key = await currentKey();
    expect(within(region).getByRole('button', { name: 'Download sensor setup' })).toBeEnabled();
    const masked = within(region).getByRole('textbox', { name: 'Access key (hidden)' });
    expect(masked).not.toHaveValue(key);
    expect(document.body.innerHTML).not.toContain(key);

    await user.click(within(region).getByRole('button', { name: 'Reveal' }));
    expect(await within(region).findByRole('textbox', { name: 'Access key' }, T)).toHaveValue(key);
    // The key is kept by the component, never in the shared query cache.
    expect(
      JSON.stringify(
        view.queryClient
          .getQueryCache()
          .getAll()
          .map((q) => q.state.data),
      ),
    ).not.toContain(key);

    await user.click(within(region).getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(key);
    expect(
      (await screen.findAllByText('Access key copied to the clipboard', {}, T)).length,
    ).toBeGreaterThan(0);

    await user.click(within(region).getByRole('button', { name: 'Regenerate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Regenerate the access key?' }, T);
    expect(dialog).toHaveTextContent('Sensors already deployed keep working');
    await user.click(within(dialog).getByRole('button', { name: 'Regenerate' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), T);
    const next = await currentKey();
    expect(next).not.toBe(key);
    expect(
      within(region).getByRole('textbox', { name: 'Access key (hidden)' }),
    ).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: 'Reveal' }));
    expect(await within(region).findByRole('textbox', { name: 'Access key' }, T)).toHaveValue(next);
  });

  it.each(['viewer@contoso.com', 'analyst@contoso.com'])(
    'shows %s no setup and no key',
    async (upn) => {
      await renderRoute(paths.sensors, { as: upn });
      expect(
        await screen.findByText(
          'Only Administrators can download the sensor setup and see the access key.',
          {},
          T,
        ),
      ).toBeInTheDocument();
      expect(screen.queryByRole('region', { name: 'Sensor setup' })).toBeNull();
      expect(screen.queryByRole('button', { name: 'Reveal' })).toBeNull();
      expect(screen.queryByRole('button', { name: 'Download sensor setup' })).toBeNull();
    },
  );

  it('shows full DC coverage for contoso and the gap for degraded-sensors, with the list', async () => {
    await renderRoute(paths.sensors);
    expect(
      await screen.findByText('All 9 detected domain controllers have sensors', {}, T),
    ).toBeInTheDocument();
  });

  it('lists unmonitored domain controllers first in degraded-sensors', async () => {
    const { user } = await renderRoute(paths.sensors, { scenario: 'degraded-sensors' });
    expect(
      await screen.findByText('6 of 9 domain controllers are monitored; 3 aren’t', {}, T),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'View domain controllers' }));
    const dialog = await screen.findByRole('dialog', { name: 'Domain controllers' }, T);
    const rows = within(dialog).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(9);
    expect(rows.slice(0, 3).every((r) => r.textContent?.includes('Not monitored'))).toBe(true);
    expect(within(dialog).getByRole('button', { name: 'Download CSV' })).toBeInTheDocument();
  });
});
