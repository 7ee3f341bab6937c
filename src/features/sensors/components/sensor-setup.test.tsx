import { configure, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { accessKeySchema } from '@/api/contracts/sensor-setup';
import { endpoints } from '@/api/endpoints';
import { paths } from '@/config/paths';
import { findOpenDialog, waitForDialogsClosed } from '@/testing/dialogs';
import { renderRoute } from '@/testing/render-route';
import { callApi } from '../../../../mocks/testing/api-client';
import { T } from '@/testing/waits';

async function currentKey() {
  return accessKeySchema.parse((await callApi('admin@contoso.com', endpoints.accessKey)).body).key;
}

/**
 * The open setup drawer. Under jsdom, Fluent's OverlayDrawer turns aria-hidden ~200 ms after
 * opening (see sensor-drawer.test.tsx), which also empties its accessible name: find it with
 * hidden elements, check its title's text, and from then on include hidden elements in queries.
 */
async function setupDrawer() {
  const drawer = await screen.findByRole('dialog', { hidden: true }, T);
  expect(within(drawer).getByRole('heading', { level: 2, hidden: true })).toHaveTextContent(
    'Sensor setup',
  );
  configure({ defaultHidden: true });
  return drawer;
}

async function openSetup(user: UserEvent) {
  await user.click(await screen.findByRole('button', { name: 'Add sensor' }, T));
  return setupDrawer();
}

const closed = () => waitForDialogsClosed();

afterEach(() => configure({ defaultHidden: false }));

describe('Sensor setup (Add sensor) on the Sensors page', () => {
  it('shows the key only when an Administrator reveals it, and regenerates it after a confirmation', async () => {
    const view = await renderRoute(paths.sensors);
    const { user } = view;
    const region = await openSetup(user);
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
    const dialog = await findOpenDialog('Regenerate the access key?');
    expect(dialog).toHaveTextContent('Sensors already deployed keep working');
    await user.click(within(dialog).getByRole('button', { name: 'Regenerate' }));
    await waitFor(() => expect(screen.getAllByRole('dialog')).toHaveLength(1), T);
    // Focus goes back to Regenerate.
    expect(within(region).getByRole('button', { name: 'Regenerate' })).toHaveFocus();
    const next = await currentKey();
    expect(next).not.toBe(key);
    expect(
      within(region).getByRole('textbox', { name: 'Access key (hidden)' }),
    ).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: 'Reveal' }));
    expect(await within(region).findByRole('textbox', { name: 'Access key' }, T)).toHaveValue(next);
  });

  it('opens from Add sensor, keeps its open state in the URL and gives focus back on close', async () => {
    const { user, router } = await renderRoute(paths.sensors);
    const drawer = await openSetup(user);
    await waitFor(() => expect(router.state.location.search).toBe('?setup=open'), T);
    expect(within(drawer).getByRole('button', { name: 'Download sensor setup' })).toBeEnabled();
    expect(within(drawer).getByText(/^Package \d+\.\d+\.\d+/)).toBeInTheDocument();

    await user.click(within(drawer).getByRole('button', { name: 'Close' }));
    await closed();
    await waitFor(() => expect(router.state.location.search).toBe(''), T);
    expect(screen.getByRole('button', { name: 'Add sensor' })).toHaveFocus();
  });

  it('opens from a link (Home’s setup steps) and closes with Escape', async () => {
    const { user, router } = await renderRoute(`${paths.sensors}?setup=open`);
    await setupDrawer();
    await user.keyboard('{Escape}');
    await closed();
    await waitFor(() => expect(router.state.location.search).toBe(''), T);
    // No opener on this page: focus lands on the header's Add sensor.
    expect(screen.getByRole('button', { name: 'Add sensor' })).toHaveFocus();
  });

  it('offers Add sensor in the empty list of a fresh instance', async () => {
    const { user } = await renderRoute(paths.sensors, { scenario: 'fresh' });
    const empty = await screen.findByRole('region', { name: 'No sensors yet' }, T);
    await user.click(within(empty).getByRole('button', { name: 'Add sensor' }));
    const drawer = await setupDrawer();
    expect(within(drawer).getByRole('button', { name: 'Download sensor setup' })).toBeEnabled();
    await user.click(within(drawer).getByRole('button', { name: 'Close' }));
    await closed();
    configure({ defaultHidden: false });
    expect(within(empty).getByRole('button', { name: 'Add sensor' })).toHaveFocus();
  });

  it.each(['viewer@contoso.com', 'analyst@contoso.com'])(
    'shows %s no setup and no key, even from a link',
    async (upn) => {
      await renderRoute(`${paths.sensors}?setup=open`, { as: upn });
      expect(
        await screen.findByText(
          'Only Administrators can download the sensor setup and see the access key.',
          {},
          T,
        ),
      ).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Add sensor' })).toBeNull();
      expect(screen.queryByRole('dialog', { hidden: true })).toBeNull();
      expect(screen.queryByRole('button', { name: 'Reveal', hidden: true })).toBeNull();
      expect(
        screen.queryByRole('button', { name: 'Download sensor setup', hidden: true }),
      ).toBeNull();
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
    const dialog = await findOpenDialog('Domain controllers');
    const rows = within(dialog).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(9);
    expect(rows.slice(0, 3).every((r) => r.textContent?.includes('Not monitored'))).toBe(true);
    expect(within(dialog).getByRole('button', { name: 'Download CSV' })).toBeInTheDocument();
  });
});
