import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { findOpenDialog, waitForDialogsClosed } from '@/testing/dialogs';
import { renderRoute } from '@/testing/render-route';
import { failNext, givenScenario, holdNext } from '../../../../mocks/configure';
import { T } from '@/testing/waits';

const columns = [
  'Name',
  'Type',
  'Domain',
  'Version',
  'Service status',
  'Sensor status',
  'Health',
  'Last seen',
  'Delayed update',
];

// The page loads these panels on demand: the first load in a test file costs ~1.5 s at a load
// average of 8 and 15–20 s at 30, which no wait inside a test should have to cover. Loaded once
// here, the tests wait only for rendering and the mock API.
beforeAll(async () => {
  await Promise.all([
    import('./sensor-drawer'),
    import('./delayed-update-dialog'),
    import('./dc-coverage-dialog'),
  ]);
});

async function findTable() {
  return screen.findByRole('table', { name: 'Sensors' }, T);
}

/** A row's cell texts, without the selection checkbox Administrators get. */
function dataCells(row: HTMLElement) {
  const cells = within(row).getAllByRole('cell');
  const hasCheckbox = within(cells[0]!).queryByRole('checkbox') !== null;
  return cells.slice(hasCheckbox ? 1 : 0).map((c) => c.textContent);
}

/** The sensor names in the rendered rows, top to bottom. */
function rowNames(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => dataCells(row)[0]);
}

function rowOf(table: HTMLElement, name: string) {
  const row = within(table).getByRole('button', { name }).closest('[role="row"]');
  if (!(row instanceof HTMLElement)) throw new Error(`no row for ${name}`);
  return row;
}

describe('Sensors page', () => {
  it('lists the tenant’s sensors with every column, sorted by name', async () => {
    await renderRoute(paths.sensors);
    const table = await findTable();

    expect(screen.getByRole('heading', { level: 1, name: 'Sensors' })).toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent)
        .filter(Boolean),
    ).toEqual(columns);
    expect(within(table).getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Showing 11 of 11 sensors');
    expect(table).toHaveAttribute('aria-rowcount', '12');
    expect(rowNames(table)).toEqual([
      'ADFS01',
      'APACDC01',
      'APACDC02',
      'APACDC03',
      'DC01',
      'DC02',
      'DC03',
      'EMEADC01',
      'EMEADC02',
      'EMEADC03',
      'STANDALONE01',
    ]);

    const cells = (name: string) => dataCells(rowOf(table, name));
    expect(cells('DC02')).toEqual([
      'DC02',
      'Sensor',
      'contoso.com',
      '2.130.8916',
      'Running',
      'Up to date',
      'Healthy',
      'just now',
      'Yes',
    ]);
    expect(cells('EMEADC01')).toContain('Medium · 1 issue');
    expect(cells('STANDALONE01')[1]).toBe('Standalone Sensor');
    const lastSeen = within(rowOf(table, 'DC02')).getByText('just now');
    expect(lastSeen).toHaveAttribute(
      'title',
      expect.stringMatching(/^Nov 20, 2026, \d{1,2}:\d{2} AM UTC$/),
    );
  });

  it('explains an empty tenant', async () => {
    await renderRoute(paths.sensors, { scenario: 'fresh' });
    expect(await screen.findByRole('heading', { name: 'No sensors yet' })).toBeInTheDocument();
    expect(
      screen.getByText(/once the sensor setup is installed on a domain controller/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
  });

  it('shows skeleton rows while the sensors load', async () => {
    await givenScenario('contoso');
    // The list is answered only when the test has seen the loading state (a time window would
    // close before a busy machine looks).
    const answer = holdNext('GET', '/api/sensors');
    await renderRoute(paths.sensors, { scenario: false });

    expect(await screen.findByRole('progressbar', { name: 'Loading sensors' })).toBeInTheDocument();
    // The coverage banner's place is held, so the toolbar doesn't jump down when it arrives.
    expect(
      screen.getByRole('progressbar', { name: 'Loading domain controller coverage' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    answer();
    await findTable();
    expect(screen.queryByRole('progressbar', { name: 'Loading sensors' })).not.toBeInTheDocument();
    expect(await screen.findByLabelText('Domain controller coverage')).toBeInTheDocument();
  });

  it('shows the error once retries are exhausted, and Retry recovers', async () => {
    await givenScenario('contoso');
    for (let i = 0; i < 4; i++) failNext('GET', '/api/sensors', 500);
    const { user } = await renderRoute(paths.sensors, { scenario: false });

    const alert = await screen.findByRole('alert', {}, T);
    expect(alert).toHaveTextContent('Sensors couldn’t load');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    const table = await findTable();
    expect(rowNames(table)).toHaveLength(11);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the filters in the URL', async () => {
    const { user, router } = await renderRoute(paths.sensors);
    const table = await findTable();

    await user.type(screen.getByRole('searchbox', { name: 'Search sensors' }), 'EMEA');
    await waitFor(() => expect(router.state.location.search).toBe('?q=EMEA'));
    expect(screen.getByRole('status')).toHaveTextContent('Showing 3 of 11 sensors');
    expect(rowNames(table)).toEqual(['EMEADC01', 'EMEADC02', 'EMEADC03']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Health' }), 'Medium');
    await waitFor(() => expect(router.state.location.search).toBe('?q=EMEA&health=Medium'));
    expect(rowNames(table)).toEqual(['EMEADC01', 'EMEADC03']);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.getByRole('searchbox', { name: 'Search sensors' })).toHaveValue('');
    expect(rowNames(table)).toHaveLength(11);
  });

  it('restores the filtered, sorted view from a copied URL', async () => {
    await renderRoute(`${paths.sensors}?q=emea&status=Up+to+date&health=Medium&sort=name&dir=desc`);
    const table = await findTable();

    expect(rowNames(table)).toEqual(['EMEADC03', 'EMEADC01']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 2 of 11 sensors');
    expect(screen.getByRole('searchbox', { name: 'Search sensors' })).toHaveValue('emea');
    expect(screen.getByRole('combobox', { name: 'Sensor status' })).toHaveValue('Up to date');
    expect(screen.getByRole('combobox', { name: 'Health' })).toHaveValue('Medium');
    expect(within(table).getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('ignores invalid values in the URL', async () => {
    await renderRoute(`${paths.sensors}?status=Broken&health=Severe&sort=nonsense&dir=sideways`);
    const table = await findTable();
    expect(rowNames(table)).toHaveLength(11);
    expect(within(table).getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('offers to clear filters that match nothing', async () => {
    const { user, router } = await renderRoute(`${paths.sensors}?q=no-such-sensor`);
    const empty = await screen.findByRole('region', { name: 'No sensors match your filters' });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.click(within(empty).getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(rowNames(await findTable())).toHaveLength(11);
  });

  it('virtualizes the 200 sensors of a large tenant and sorts them', async () => {
    const { user, router } = await renderRoute(paths.sensors, { scenario: 'large' });
    const table = await findTable();

    expect(screen.getByRole('status')).toHaveTextContent('Showing 200 of 200 sensors');
    expect(table).toHaveAttribute('aria-rowcount', '201');
    // jsdom has no layout: the row window falls back to an 800 px viewport.
    const rendered = within(table).getAllByRole('row').slice(1);
    expect(rendered.length).toBeGreaterThan(10);
    expect(rendered.length).toBeLessThan(60);
    expect(rendered[0]).toHaveAttribute('aria-rowindex', '2');
    expect(rowNames(table)[0]).toBe('ADFS01');

    await user.click(within(table).getByRole('button', { name: 'Name' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=name&dir=desc'));
    expect(within(table).getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(rowNames(table).slice(0, 3)).toEqual(['UKDC18', 'UKDC17', 'UKDC16']);

    await user.click(within(table).getByRole('button', { name: 'Health' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=health'));
    await user.click(within(table).getByRole('button', { name: 'Health' }));
    // The second click navigates too: the rows are sorted once the router has caught up.
    await waitFor(() => expect(router.state.location.search).not.toBe('?sort=health'));
    await waitFor(() =>
      expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/High · \d+ issues?/),
    );
  });

  it('opens a sensor’s details in a drawer that a copied URL reopens', async () => {
    const first = await renderRoute(paths.sensors);
    const table = await findTable();
    await first.user.click(within(table).getByRole('button', { name: 'STANDALONE01' }));

    const drawer = await findOpenDialog('STANDALONE01');
    const sensorId = new URLSearchParams(first.router.state.location.search).get('sensor');
    expect(sensorId).toBeTruthy();
    for (const heading of [
      'General',
      'Status',
      'Open health issues',
      'Status history (last 30 days)',
      'Configuration',
    ]) {
      expect(within(drawer).getByRole('heading', { name: heading })).toBeInTheDocument();
    }
    expect(within(drawer).getByText('standalone01.contoso.com')).toBeInTheDocument();
    expect(within(drawer).getByRole('textbox', { name: 'Description' })).toHaveValue(
      'Port-mirrored traffic from the root domain controllers',
    );
    expect(within(drawer).getByText('dc01.contoso.com')).toBeInTheDocument();
    expect(within(drawer).getByRole('checkbox', { name: 'Ethernet 2' })).toBeChecked();

    await first.user.click(within(drawer).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(first.router.state.location.search).toBe(''));
    await waitForDialogsClosed();

    // Back reopens it: opening and closing are history entries.
    await act(async () => first.router.navigate(-1));
    expect(await findOpenDialog('STANDALONE01')).toBeInTheDocument();
    first.unmount();

    await renderRoute(`${paths.sensors}?sensor=${sensorId ?? ''}`);
    expect(await findOpenDialog('STANDALONE01')).toBeInTheDocument();
  });

  it('gives focus back to the row’s button when the drawer closes', async () => {
    // Under jsdom the drawer turns aria-hidden ~200 ms after opening (see sensor-drawer.test.tsx),
    // which also empties its accessible name: find it hidden, and check its title's text.
    const drawerOf = async (title: string) => {
      const dialog = await screen.findByRole('dialog', { hidden: true }, T);
      expect(within(dialog).getByRole('heading', { level: 2, hidden: true })).toHaveTextContent(
        title,
      );
      return dialog;
    };
    const closeButton = (dialog: HTMLElement) =>
      within(dialog).getByRole('button', { name: 'Close', hidden: true });
    const closed = () => waitForDialogsClosed();

    const first = await renderRoute(paths.sensors);
    const table = await findTable();
    await first.user.click(within(table).getByRole('button', { name: 'STANDALONE01' }));
    const drawer = await drawerOf('STANDALONE01');
    await waitFor(() => expect(first.router.state.location.search).toMatch(/^\?sensor=/), T);
    const sensorId = new URLSearchParams(first.router.state.location.search).get('sensor');
    await first.user.click(closeButton(drawer));
    await closed();
    expect(within(table).getByRole('button', { name: 'STANDALONE01' })).toHaveFocus();

    // From the keyboard, and closed with Escape.
    within(table).getByRole('button', { name: 'DC02' }).focus();
    await first.user.keyboard('{Enter}');
    await drawerOf('DC02');
    await first.user.keyboard('{Escape}');
    await closed();
    expect(within(table).getByRole('button', { name: 'DC02' })).toHaveFocus();
    first.unmount();

    // Opened from a link (no opener on this page): focus lands on that sensor's row all the same.
    expect(sensorId).toBeTruthy();
    const second = await renderRoute(`${paths.sensors}?sensor=${sensorId ?? ''}`);
    await second.user.click(closeButton(await drawerOf('STANDALONE01')));
    await closed();
    expect(screen.getByRole('button', { name: 'STANDALONE01' })).toHaveFocus();
  });

  it('turns delayed update off for the selected sensors, after a confirmation', async () => {
    const { user } = await renderRoute(paths.sensors);
    const table = await findTable();
    const bar = screen.getByRole('toolbar', { name: 'Selected sensors' });
    expect(bar).toHaveTextContent('No sensors selected');
    const untouched = dataCells(rowOf(table, 'DC01')).at(-1);
    expect(within(bar).getByRole('button', { name: 'Delayed update…' })).toBeDisabled();
    // Select-all sits in its own column header, first in the header row.
    const selectionHeader = within(table).getByRole('columnheader', { name: 'Selection' });
    expect(within(table).getAllByRole('columnheader')[0]).toBe(selectionHeader);
    expect(
      within(selectionHeader).getByRole('checkbox', { name: /^Select all \d+ shown sensors$/ }),
    ).not.toBeChecked();

    // DC02 has delayed update on (see the first test).
    await user.click(within(table).getByRole('checkbox', { name: 'Select DC02' }));
    // Cancel gives focus back to the button, and changes nothing.
    await user.click(within(bar).getByRole('button', { name: 'Delayed update…' }));
    let dialog = await findOpenDialog('Delayed update for 1 sensor');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitForDialogsClosed();
    expect(within(bar).getByRole('button', { name: 'Delayed update…' })).toHaveFocus();
    expect(dataCells(rowOf(table, 'DC02')).at(-1)).toBe('Yes');

    await user.click(within(table).getByRole('checkbox', { name: 'Select DC03' }));
    expect(bar).toHaveTextContent('2 sensors selected');
    await user.click(within(bar).getByRole('button', { name: 'Delayed update…' }));
    dialog = await findOpenDialog('Delayed update for 2 sensors');
    await user.click(within(dialog).getByRole('radio', { name: /^Off/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));

    const result = await within(bar).findByText('Delayed update turned off for 2 sensors.', {}, T);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(result.closest('[aria-live="polite"]')).toHaveFocus();
    expect(bar).toHaveTextContent('No sensors selected');
    await waitFor(() => expect(dataCells(rowOf(table, 'DC02')).at(-1)).toBe('No'), T);
    expect(dataCells(rowOf(table, 'DC03')).at(-1)).toBe('No');
    expect(dataCells(rowOf(table, 'DC01')).at(-1)).toBe(untouched);
  });

  it('offers no selection to viewers', async () => {
    await renderRoute(paths.sensors, { as: 'viewer@contoso.com' });
    const table = await findTable();
    expect(within(table).queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('toolbar', { name: 'Selected sensors' })).toBeNull();
  });

  it('says so when the sensor in the URL does not exist', async () => {
    await renderRoute(`${paths.sensors}?sensor=deleted-sensor`);
    const drawer = await screen.findByRole('dialog', { name: 'Sensor not found' }, T);
    expect(within(drawer).getByText(/no sensor with the id in the link/)).toBeInTheDocument();
  });

  it('is open to viewers', async () => {
    await renderRoute(paths.sensors, { as: 'viewer@contoso.com' });
    const table = await findTable();
    expect(rowNames(table)).toHaveLength(11);
  });
});
