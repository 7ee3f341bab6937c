import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { findOpenDialog, waitForDialogsClosed } from '@/testing/dialogs';
import { renderRoute } from '@/testing/render-route';
import { failNext, givenNow, givenScenario } from '../../../../mocks/configure';
import { demoUserIds } from '../../../../mocks/identity/directory';
import { callApi } from '../../../../mocks/testing/api-client';
import { T } from '@/testing/waits';

async function givenAdminAddedViewerToUsers() {
  givenNow('2026-11-18T09:30:00Z');
  const response = await callApi('admin@contoso.com', `/api/role-groups/users/members`, {
    method: 'POST',
    body: { userId: demoUserIds.viewer },
  });
  expect(response.status).toBe(201);
}

/** The cells of the row labelled `label` in an entry: label, before, after. */
function rowCells(entry: HTMLElement, label: string) {
  const row = within(entry)
    .getAllByRole('row')
    .find((r) => r.firstElementChild?.textContent === label);
  if (!row) throw new Error(`no row “${label}”`);
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);
}

describe('Audit log', () => {
  it('reads in the pages’ words: field labels, sensor names, On/Off, dates, (none)', async () => {
    await givenScenario('contoso');
    const sensors = (await callApi('admin@contoso.com', '/api/sensors')).body as {
      items: { id: string; name: string }[];
    };
    const dc01 = sensors.items.find((s) => s.name === 'DC01')!;
    givenNow('2026-11-19T10:00:00Z');
    const syslog = await callApi('admin@contoso.com', '/api/config/syslog');
    const saved = await callApi('admin@contoso.com', '/api/config/syslog', {
      method: 'PUT',
      headers: { 'If-Match': syslog.headers.get('ETag') ?? '' },
      body: {
        enabled: true,
        sensorId: dc01.id,
        server: 'siem.contoso.com',
        port: 6514,
        transport: 'TLS',
        format: 'RFC 5424',
        events: { newSecurityAlerts: true, updatedSecurityAlerts: false, newHealthIssues: true },
      },
    });
    expect(saved.status).toBe(200);
    givenNow('2026-11-20T09:00:00Z');
    const vpn = await callApi('admin@contoso.com', '/api/config/vpn');
    const vpnSaved = await callApi('admin@contoso.com', '/api/config/vpn', {
      method: 'PUT',
      headers: { 'If-Match': vpn.headers.get('ETag') ?? '' },
      body: { radiusEnabled: true, sharedSecret: 'Radius7Secret42xyz' },
    });
    expect(vpnSaved.status).toBe(200);

    await renderRoute(paths.configuration.auditLog, { scenario: false });
    const syslogEntry = await screen.findByRole('article', { name: 'Syslog notifications' }, T);
    expect(rowCells(syslogEntry, 'Sensor that sends the messages')).toEqual([
      'Sensor that sends the messages',
      '(none)',
      'DC01',
    ]);
    expect(rowCells(syslogEntry, 'Send security alerts and health issues to a SIEM')).toEqual([
      'Send security alerts and health issues to a SIEM',
      'Off',
      'On',
    ]);
    expect(rowCells(syslogEntry, 'Server')).toEqual(['Server', '(none)', 'siem.contoso.com']);
    expect(syslogEntry).not.toHaveTextContent(dc01.id);
    expect(syslogEntry).not.toHaveTextContent(/sensorId|enabled/);

    const vpnEntry = screen.getByRole('article', { name: 'VPN' });
    expect(rowCells(vpnEntry, 'RADIUS accounting')).toEqual(['RADIUS accounting', 'Off', 'On']);
    expect(rowCells(vpnEntry, 'Shared secret')).toEqual([
      'Shared secret',
      '(none)',
      '•••••• (secret), replaced Nov 20, 2026, 9:00 AM UTC',
    ]);
    expect(vpnEntry).not.toHaveTextContent('Radius7Secret42xyz');
  });

  it('shows the designed empty state before any change', async () => {
    await renderRoute(paths.configuration.auditLog);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'No configuration changes yet' }, T),
    ).toBeInTheDocument();
  });

  it('lists a role-group change made on the Role groups page, with its diff', async () => {
    const { user } = await renderRoute(paths.configuration.roleGroups);
    await user.click(
      await screen.findByRole('button', { name: 'Remove Megan Bowen from Users' }, T),
    );
    const dialog = await findOpenDialog('Remove Megan Bowen from Users?', { role: 'alertdialog' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitForDialogsClosed();

    const subNav = screen.getByRole('navigation', { name: 'Configuration' });
    await user.click(within(subNav).getByRole('link', { name: 'Audit log' }));
    const entry = await screen.findByRole('article', { name: 'Vigil contoso Users' }, T);
    expect(entry).toHaveTextContent(/Updated/);
    expect(entry).toHaveTextContent(/Role groups · .* UTC · Adele Vance \(admin@contoso\.com\)/);
    const row = within(entry).getByRole('row', { name: /Member analyst@contoso\.com/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Member analyst@contoso.com', 'Megan Bowen', '(none)']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1–1 of 1 change');
  });

  it('filters by page through the URL, and the URL reproduces the filter', async () => {
    await givenAdminAddedViewerToUsers();
    const { user, router } = await renderRoute(paths.configuration.auditLog, { scenario: false });
    await screen.findByRole('article', { name: 'Vigil contoso Users' }, T);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Page' }), 'Role groups');
    await waitFor(() => expect(router.state.location.search).toBe('?page=Role+groups'));
    expect(screen.getByRole('article', { name: 'Vigil contoso Users' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('From'), '2026-11-19');
    await waitFor(() =>
      expect(router.state.location.search).toBe('?page=Role+groups&from=2026-11-19'),
    );
    expect(
      await screen.findByRole('heading', { name: 'No changes match these filters' }, T),
    ).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' }).at(-1)!);
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(
      await screen.findByRole('article', { name: 'Vigil contoso Users' }, T),
    ).toBeInTheDocument();
  });

  it('opens with the filters of a shared URL, and says at the field when dates are reversed', async () => {
    await givenAdminAddedViewerToUsers();
    await renderRoute(`${paths.configuration.auditLog}?page=Sensors`, { scenario: false });
    expect(
      await screen.findByRole('heading', { name: 'No changes match these filters' }, T),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Page' })).toHaveValue('Sensors');

    await renderRoute(`${paths.configuration.auditLog}?from=2026-11-20&to=2026-11-01`, {
      scenario: false,
    });
    expect(
      await screen.findByText('The end date is before the start date', {}, T),
    ).toBeInTheDocument();
  });

  it('shows an error with Retry when the log can’t load', async () => {
    for (let i = 0; i < 4; i++) failNext('GET', '/api/audit', 500);
    const { user } = await renderRoute(paths.configuration.auditLog, { scenario: false });
    const alert = await screen.findByRole('alert', {}, T);
    expect(alert).toHaveTextContent('The audit log couldn’t load');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { name: 'No configuration changes yet' }, T),
    ).toBeInTheDocument();
  });

  it('pages through a long log; the offset is in the URL', async () => {
    for (let i = 0; i < 14; i++) {
      await givenAdminAddedViewerToUsers();
      await callApi('admin@contoso.com', `/api/role-groups/users/members/${demoUserIds.viewer}`, {
        method: 'DELETE',
      });
    }
    const { user, router } = await renderRoute(paths.configuration.auditLog, { scenario: false });
    expect(await screen.findAllByRole('article', {}, T)).toHaveLength(25);
    const [top] = screen.getAllByRole('navigation', { name: 'Audit log pages' });
    expect(within(top!).getByRole('status')).toHaveTextContent('Showing 1–25 of 28 changes');
    await user.click(within(top!).getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(router.state.location.search).toBe('?offset=25'));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(3), T);
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Showing 26–28 of 28 changes');
  });

  it('tells a non-administrator who can see it', async () => {
    await renderRoute(paths.configuration.auditLog, { as: 'analyst@contoso.com' });
    expect(
      await screen.findByRole('heading', { name: 'Only Administrators can view the audit log' }, T),
    ).toBeInTheDocument();
    expect(screen.queryByRole('search')).toBeNull();
  });
});
