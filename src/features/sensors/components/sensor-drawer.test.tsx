import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { findOpenDialog } from '@/testing/dialogs';
import { renderRoute } from '@/testing/render-route';

async function openSensor(name: string, options: Parameters<typeof renderRoute>[1] = {}) {
  configure({ defaultHidden: false });
  const view = await renderRoute(paths.sensors, options);
  const table = await screen.findByRole('table', { name: 'Sensors' }, { timeout: 5_000 });
  await view.user.click(within(table).getByRole('button', { name }));
  const drawer = await findOpenDialog(name);
  // See the note in the describe block: from here on, role queries include aria-hidden content.
  configure({ defaultHidden: true });
  return { ...view, drawer, table };
}

describe('Sensor drawer', () => {
  // Under jsdom, Fluent's OverlayDrawer marks its surface aria-hidden ~200 ms after opening (its
  // open motion never completes without the Web Animations API), which hides everything in it from
  // role queries. The e2e suite checks the real drawer with axe.
  afterEach(() => configure({ defaultHidden: false }));

  it('refuses a domain controller that is not an FQDN, keeps what was typed, and saves a valid one', async () => {
    const { user, drawer, unmount } = await openSensor('STANDALONE01');
    const form = within(drawer).getByRole('form', { name: 'Sensor configuration' });
    const save = within(form).getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled();

    const input = within(form).getByRole('textbox', { name: /Domain controllers \(FQDN\)/ });
    await user.click(input);
    await user.paste('not a host');
    await user.click(within(form).getByRole('button', { name: 'Add' }));
    expect(
      await within(form).findByText(/Enter a fully qualified domain name/),
    ).toBeInTheDocument();
    expect(input).toHaveValue('not a host');
    expect(
      within(within(form).getByRole('list', { name: 'Listed domain controllers' })).getAllByRole(
        'listitem',
      ),
    ).toHaveLength(2);
    expect(save).toBeDisabled();

    await user.clear(input);
    await user.click(input);
    await user.paste('dc03.contoso.com');
    await user.keyboard('{Enter}');
    expect(within(form).getByText('dc03.contoso.com')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Remove dc01.contoso.com' }));
    await user.click(within(form).getByRole('switch', { name: /Delayed update/ }));
    expect(save).toBeEnabled();
    await user.click(save);
    await waitFor(() => expect(save).toBeDisabled());
    expect(within(form).queryByText('dc01.contoso.com')).not.toBeInTheDocument();

    unmount();
    const again = await openSensor('STANDALONE01', { scenario: false });
    const reopened = within(again.drawer).getByRole('form', { name: 'Sensor configuration' });
    expect(within(reopened).getByText('dc03.contoso.com')).toBeInTheDocument();
    expect(within(reopened).getByRole('switch', { name: /Delayed update/ })).toBeChecked();
  }, 45_000);

  it('needs at least one domain controller and one capture adapter', async () => {
    const { user, drawer } = await openSensor('STANDALONE01');
    const form = within(drawer).getByRole('form', { name: 'Sensor configuration' });
    await user.click(within(form).getByRole('button', { name: 'Remove dc01.contoso.com' }));
    await user.click(within(form).getByRole('button', { name: 'Remove dc02.contoso.com' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Ethernet' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Ethernet 2' }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(
      await within(form).findByText('A standalone sensor needs at least one domain controller'),
    ).toBeInTheDocument();
    expect(
      within(form).getByText('Select at least one capture network adapter'),
    ).toBeInTheDocument();
  });

  it.each(['viewer@contoso.com', 'analyst@contoso.com'])('is read-only for %s', async (upn) => {
    const { drawer } = await openSensor('STANDALONE01', { as: upn });
    const form = within(drawer).getByRole('form', { name: 'Sensor configuration' });
    expect(
      within(form).getByText('Only Administrators can change a sensor’s configuration.'),
    ).toBeInTheDocument();
    expect(within(form).queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Description' })).toBeDisabled();
    expect(within(form).getByRole('checkbox', { name: 'Ethernet' })).toBeDisabled();
    expect(within(drawer).queryByRole('button', { name: 'Delete sensor' })).not.toBeInTheDocument();
  });

  it('disables Delete for a running sensor and says why', async () => {
    const { drawer } = await openSensor('DC02');
    expect(within(drawer).getByRole('button', { name: 'Delete sensor' })).toBeDisabled();
    expect(within(drawer).getByText(/DC02 is still connected/)).toBeInTheDocument();
  });

  it('deletes a disconnected sensor after a confirmation', async () => {
    const { user, drawer, table } = await openSensor('APACDC01', { scenario: 'degraded-sensors' });
    const button = within(drawer).getByRole('button', { name: 'Delete sensor' });
    expect(button).toBeEnabled();
    await user.click(button);
    const confirm = await findOpenDialog('Delete APACDC01?', { role: 'alertdialog' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() =>
      expect(within(table).queryByRole('button', { name: 'APACDC01' })).not.toBeInTheDocument(),
    );
  });

  it('shows the open health issues and the status history of a dead sensor', async () => {
    const { drawer } = await openSensor('APACDC01', { scenario: 'degraded-sensors' });
    const link = await within(drawer).findByRole('link', {
      name: 'Sensor service failed to start',
    });
    expect(link.getAttribute('href')).toMatch(/^\/health\?issue=/);
    expect(
      await within(drawer).findByText(
        /one long outage, not an intermittent one/,
        {},
        { timeout: 5_000 },
      ),
    ).toBeInTheDocument();
    expect(
      within(drawer).getByRole('img', { name: /Status over the last 30 days/ }),
    ).toBeInTheDocument();
    expect(within(drawer).getByRole('table', { name: /Most recent outages/ })).toBeInTheDocument();
  });
});
