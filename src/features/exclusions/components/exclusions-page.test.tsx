import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { exclusionsResponseSchema } from '@/api/contracts/exclusions';
import { endpoints } from '@/api/endpoints';
import { paths } from '@/config/paths';
import { findOpenDialog } from '@/testing/dialogs';
import { renderRoute } from '@/testing/render-route';
import { failNext, givenScenario } from '../../../../mocks/configure';
import { callApi } from '../../../../mocks/testing/api-client';
import { demoAlert } from '../../../../mocks/testing/demo-alerts';

async function openPage(as = 'admin@contoso.com', query = '') {
  const view = await renderRoute(`${paths.configuration.exclusions}${query}`, {
    as,
    scenario: false,
  });
  await screen.findByRole('heading', { name: 'Exclusions', level: 1 }, { timeout: 5_000 });
  await screen.findByRole('searchbox', { name: 'Search detections and entries' });
  return view;
}

async function stored() {
  return exclusionsResponseSchema.parse(
    (await callApi('viewer@contoso.com', endpoints.exclusions)).body,
  ).value.items;
}

const section = (name: RegExp) => screen.getByRole('button', { name });

beforeEach(async () => {
  await givenScenario('active-attack');
});

describe('Exclusions page', () => {
  it('lists the global list and every excludable detection with counts; 2031 holds the vendor domains', async () => {
    const { user } = await openPage();
    expect(section(/^Global exclusions — none/)).toBeInTheDocument();
    const dns = section(/Suspicious communication over DNS \(2031\) — 3 Domains/);
    expect(screen.queryByText('Honeytoken activity')).not.toBeInTheDocument();
    await user.click(dns);
    for (const domain of ['e5.sk', 'sophosxl.net', 'spotify.com'])
      expect(screen.getByRole('cell', { name: domain })).toBeInTheDocument();
    expect(
      screen.getByText('You may want to exclude domains which are owned by legitimate vendors.'),
    ).toBeInTheDocument();
  });

  it('finds the entry Close and exclude made, with a link to its alert', async () => {
    const id = demoAlert('enumeration');
    await callApi('analyst@contoso.com', endpoints.alertStatus(id), {
      method: 'POST',
      body: { action: 'CloseAndExclude' },
    });
    const { user } = await openPage('viewer@contoso.com');
    await user.type(screen.getByRole('searchbox'), 'CLIENT12');
    expect(await screen.findByText(/^1 of \d+ lists/)).toBeInTheDocument();
    await user.click(section(/Account enumeration reconnaissance \(2003\) — 1 Computer/));
    const link = screen.getByRole('link', { name: 'this alert' });
    expect(link).toHaveAttribute('href', paths.alert(id));
    expect(screen.getByText('Megan Bowen')).toBeInTheDocument();
  });

  it('adds a subnet to the global list with an impact preview, and saves it', async () => {
    const { user } = await openPage('analyst@contoso.com');
    await user.click(section(/^Global exclusions/));
    const add = screen.getByRole('group', { name: 'Add to Global exclusions' });
    await user.type(within(add).getByRole('textbox', { name: 'Value' }), '10.0.0.0/8');
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('New')).toBeInTheDocument();
    expect(section(/^Global exclusions — 1 IP address/)).toBeInTheDocument();
    const impact = await screen.findByRole('region', { name: 'Impact preview' });
    expect(within(impact).getByText(/would have excluded/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await stored()).find((e) => e.value === '10.0.0.0/8')).toMatchObject({
        detectionId: null,
        addedBy: 'Megan Bowen',
      }),
    );
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('names a bad value at the field and adds nothing', async () => {
    const { user } = await openPage();
    await user.click(section(/^Global exclusions/));
    const add = screen.getByRole('group', { name: 'Add to Global exclusions' });
    await user.type(within(add).getByRole('textbox', { name: 'Value' }), '10.0.300.0/24');
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    expect(await within(add).findByText(/isn’t an IP address or subnet/)).toBeInTheDocument();
    await user.clear(within(add).getByRole('textbox', { name: 'Value' }));
    await user.selectOptions(within(add).getByRole('combobox', { name: 'Kind' }), 'Computer');
    await user.type(within(add).getByRole('textbox', { name: 'Value' }), 'NO-SUCH-PC');
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    expect(await within(add).findByText(/No computer named/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('pastes many lines and names each bad line', async () => {
    const { user } = await openPage();
    await user.click(section(/^Global exclusions/));
    await user.click(
      screen.getByRole('button', { name: 'Paste or upload many to Global exclusions' }),
    );
    const dialog = await findOpenDialog('Add many to Global exclusions');
    const text = ['10.1.0.0/16', '10.2.0.0/33', 'vendor.example', 'not a thing!'].join('\n');
    await user.click(within(dialog).getByRole('textbox', { name: 'Entries', hidden: true }));
    await user.paste(text);
    await user.click(within(dialog).getByRole('button', { name: 'Check', hidden: true }));
    const problems = await within(dialog).findByRole('list', {
      name: 'Lines with problems',
      hidden: true,
    });
    expect(
      within(problems)
        .getAllByRole('listitem', { hidden: true })
        .map((li) => li.textContent?.slice(0, 14)),
    ).toEqual(['Line 2 (value)', 'Line 4 (value)']);
    await user.click(within(dialog).getByRole('button', { name: 'Add 2 entries', hidden: true }));
    expect(await screen.findAllByText('New')).toHaveLength(2);
  });

  it('removes a built-in domain, and Discard brings it back', async () => {
    const { user } = await openPage();
    await user.click(section(/Suspicious communication over DNS/));
    await user.click(screen.getByRole('button', { name: 'Remove spotify.com' }));
    expect(section(/— 2 Domains/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(section(/— 3 Domains/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove spotify.com' }));
    failNext('PATCH', endpoints.exclusions, 500);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Your changes weren’t saved')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep spotify.com' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await stored()).map((e) => e.value)).not.toContain('spotify.com'),
    );
  });

  it('on a conflict, names who saved, and reapplies the edits on the latest lists', async () => {
    const { user } = await openPage();
    await user.click(section(/Suspicious communication over DNS/));
    await user.click(screen.getByRole('button', { name: 'Remove spotify.com' }));
    const current = exclusionsResponseSchema.parse(
      (await callApi('viewer@contoso.com', endpoints.exclusions)).body,
    );
    const other = await callApi('analyst@contoso.com', endpoints.exclusions, {
      method: 'PATCH',
      headers: { 'If-Match': current.etag },
      body: {
        add: [
          { detectionId: null, kind: 'IP address', value: '10.0.0.1', note: null, expiresAt: null },
        ],
        remove: [],
        expiry: [],
      },
    });
    expect(other.status).toBe(200);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await findOpenDialog(/Megan Bowen changed these settings/, {
      role: 'alertdialog',
    });
    await user.click(
      within(dialog).getByRole('button', { name: 'Reload and reapply my changes', hidden: true }),
    );
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('button', { name: 'Keep spotify.com' })).toBeInTheDocument();
    expect(
      await screen.findByRole('button', { name: /^Global exclusions — 1 IP address/ }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => {
      const values = (await stored()).map((e) => e.value);
      expect(values).toContain('10.0.0.1');
      expect(values).not.toContain('spotify.com');
    });
  });

  it('is read only for a Viewer: no add, remove or save', async () => {
    const { user } = await openPage('viewer@contoso.com');
    expect(
      screen.getByText('Only Administrators and Users can change exclusions.'),
    ).toBeInTheDocument();
    await user.click(section(/Suspicious communication over DNS/));
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Paste or upload many/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export as CSV' })).toBeEnabled();
  });
});
