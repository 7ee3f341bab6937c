import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { endpoints } from '@/api/endpoints';
import { paths } from '@/config/paths';
import { findOpenDialog, waitForDialogsClosed } from '@/testing/dialogs';
import { renderRoute } from '@/testing/render-route';
import { givenScenario } from '../../../../mocks/configure';
import { demoEntity } from '../../../../mocks/testing/demo-entities';
import { callApi } from '../../../../mocks/testing/api-client';

const T = { timeout: 15_000 };

async function setDefender(enabled: boolean) {
  const path = endpoints.config('defender-for-endpoint');
  const current = await callApi('admin@contoso.com', path);
  await callApi('admin@contoso.com', path, {
    method: 'PUT',
    body: { enabled },
    headers: { 'If-Match': current.headers.get('ETag') ?? '' },
  });
}

describe('entity profiles', () => {
  it('a user opens on Activities; Directory data shows account info, UAC flags and Member of, direct then recursive with depth', async () => {
    const ron = demoEntity('ron');
    const { user, router } = await renderRoute(paths.user(ron));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ron Harper' }, T),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`${paths.user(ron)}/activities`),
    );
    expect(screen.getByRole('tab', { name: 'Activities', selected: true })).toBeInTheDocument();

    // Sensitive through a nested group, said in words.
    const panel = screen.getByRole('complementary', { name: 'About Ron Harper' });
    expect(within(panel).getByRole('region', { name: 'Why it is sensitive' })).toHaveTextContent(
      /Domain Admins/,
    );
    expect(within(panel).getByRole('list', { name: 'Tags' })).toHaveTextContent('Sensitive');

    await user.click(screen.getByRole('tab', { name: 'Directory data' }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`${paths.user(ron)}/directory-data`),
    );
    const account = await screen.findByRole('region', { name: 'Account info' }, T);
    expect(within(account).getByText('ron.harper')).toBeInTheDocument();
    const flags = within(screen.getByRole('region', { name: 'User account control' })).getAllByRole(
      'listitem',
    );
    expect(flags).toHaveLength(10);

    const memberOf = screen.getByRole('region', { name: 'Member of' });
    const direct = await within(memberOf).findByRole('list', { name: 'Direct memberships' }, T);
    expect(within(direct).getByRole('link', { name: 'Tier0 Helpdesk' })).toBeInTheDocument();
    await user.click(within(memberOf).getByRole('button', { name: /^Recursive memberships/ }));
    const recursive = await within(memberOf).findByRole(
      'list',
      { name: 'Recursive memberships' },
      T,
    );
    // The rows of the recursive page replace the direct ones when it arrives.
    const domainAdmins = await waitFor(() => {
      const row = within(recursive)
        .getAllByRole('listitem')
        .find((r) => within(r).queryByRole('link', { name: 'Domain Admins' }));
      expect(row).toBeDefined();
      return row;
    });
    expect(domainAdmins).toHaveTextContent('2nd');
    expect(domainAdmins).toHaveTextContent('through Tier0 Helpdesk');
    expect(router.state.location.search).toContain('scope=recursive');

    await user.type(within(memberOf).getByRole('searchbox', { name: 'Search member of' }), 'zzzz');
    expect(
      await within(memberOf).findByText(/No recursive memberships match/, {}, T),
    ).toBeInTheDocument();
  });

  it('a group lists its members, direct and nested', async () => {
    const group = demoEntity('Domain Admins@0');
    const { user } = await renderRoute(paths.group(group));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Domain Admins' }, T),
    ).toBeInTheDocument();
    const members = await screen.findByRole('region', { name: 'Members' }, T);
    const direct = await within(members).findByRole('list', { name: 'Direct members' }, T);
    expect(within(direct).getByRole('link', { name: 'Tier0 Helpdesk' })).toBeInTheDocument();
    await user.click(within(members).getByRole('button', { name: /^Recursive members/ }));
    const nested = await within(members).findByRole('list', { name: 'Recursive members' }, T);
    expect(await within(nested).findByRole('link', { name: 'Ron Harper' }, T)).toBeInTheDocument();
  });

  it('Activities: tiles, day separators, and the type filter in the URL', async () => {
    const ron = demoEntity('ron');
    const { user, router } = await renderRoute(`${paths.user(ron)}/activities`);
    const list = await screen.findByRole('list', { name: 'Activities' }, T);
    expect(within(list).getAllByRole('heading', { level: 3 }).length).toBeGreaterThan(0);
    expect(await screen.findByRole('list', { name: 'Activity summary' }, T)).toHaveTextContent(
      'Open security alerts',
    );

    await user.click(screen.getByRole('button', { name: 'Filter by' }));
    const dialog = await findOpenDialog('Filter activities by type');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Remote Desktop' }));
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(router.state.location.search).toBe('?types=Remote+Desktop'));
    await waitForDialogsClosed();
    expect(screen.getByRole('button', { name: 'Filter by (1)' })).toBeInTheDocument();
  });

  it('an unknown id (or another tenant’s) is a designed not-found', async () => {
    await renderRoute(paths.computer('no-such-entity'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Computer not found' }, T),
    ).toBeInTheDocument();
  });

  it('the Defender for Endpoint badge: none when off; a count with severities; greyed when unknown', async () => {
    await givenScenario('contoso');
    const exch = demoEntity('EXCH01');
    const kiosk = demoEntity('KIOSK07');
    await renderRoute(paths.computer(exch), { scenario: false });
    await screen.findByRole('heading', { level: 1, name: 'EXCH01' }, T);
    expect(screen.queryByRole('link', { name: /Defender for Endpoint/ })).not.toBeInTheDocument();

    await setDefender(true);
    const view = await renderRoute(paths.computer(exch), { scenario: false });
    const badge = await screen.findByRole(
      'link',
      { name: /^Defender for Endpoint: 4 open alerts/ },
      T,
    );
    expect(badge).toHaveAttribute('target', '_blank');
    view.unmount();

    await renderRoute(paths.computer(kiosk), { scenario: false });
    expect(
      await screen.findByRole('img', { name: 'Unknown to Defender for Endpoint' }, T),
    ).toBeInTheDocument();
  });

  it('a Viewer sees the same profile and search as everyone (entities.view)', async () => {
    const { user } = await renderRoute(`${paths.group(demoEntity('Tier0 Helpdesk'))}/members`, {
      as: 'viewer@contoso.com',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tier0 Helpdesk' }, T),
    ).toBeInTheDocument();
    const members = await screen.findByRole('list', { name: 'Direct members' }, T);
    expect(within(members).getByRole('link', { name: 'Ron Harper' })).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Search users, computers and groups' }));
    await user.keyboard('EXCH0');
    expect(await screen.findByRole('option', { name: /EXCH01/ }, T)).toBeInTheDocument();
  });

  it('Download activities checks the date range at the field before asking the service', async () => {
    const { user } = await renderRoute(`${paths.user(demoEntity('ron'))}/activities`);
    await user.click(await screen.findByRole('button', { name: 'Download activities' }, T));
    const dialog = await findOpenDialog('Download activities');
    fireEvent.change(within(dialog).getByLabelText(/^From/), { target: { value: '2026-11-20' } });
    fireEvent.change(within(dialog).getByLabelText(/^To/), { target: { value: '2026-11-01' } });
    await user.click(within(dialog).getByRole('button', { name: 'Download' }));
    expect(
      within(dialog).getByText('The end date must be on or after the start date'),
    ).toBeInTheDocument();
  });
});
