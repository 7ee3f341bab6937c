import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { findOpenDialog } from '@/testing/dialogs';
import { renderRoute } from '@/testing/render-route';
import { T } from '@/testing/waits';

async function openIssues() {
  return screen.findByRole('table', { name: 'Open health issues' }, T);
}

/** The open issue "Sensor service failed to start" of APACDC01 (degraded-sensors). */
function apacIssue(table: HTMLElement) {
  const row = within(table)
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('link', { name: 'APACDC01' }))!;
  return within(row).getByRole('button', { name: 'Sensor service failed to start' });
}

describe('Health Center', () => {
  it('shows the open issues with what they mean and how to fix them; the nav counts them', async () => {
    const { user } = await renderRoute(paths.health, { scenario: 'degraded-sensors' });
    const table = await openIssues();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(
      await within(nav).findByLabelText(
        `${rows.length} open health ${rows.length === 1 ? 'issue' : 'issues'}`,
        {},
        T,
      ),
    ).toBeInTheDocument();

    await user.click(apacIssue(table));
    const details = screen.getByRole('region', {
      name: 'Health issue: Sensor service failed to start',
    });
    expect(within(details).getByRole('heading', { name: 'What it means' })).toBeInTheDocument();
    expect(within(details).getByRole('heading', { name: 'How to fix it' })).toBeInTheDocument();
    expect(within(details).getByRole('link', { name: 'APACDC01' })).toHaveAttribute(
      'href',
      expect.stringContaining(`${paths.sensors}?sensor=`),
    );
    expect(within(details).getByRole('button', { name: 'Close issue' })).toBeInTheDocument();
  });

  it('an administrator closes an issue: it leaves Open and is listed under Closed', async () => {
    const { user } = await renderRoute(paths.health, { scenario: 'degraded-sensors' });
    const table = await openIssues();
    const before = within(table).getAllByRole('row').length - 1;
    const title = 'Sensor service failed to start';
    await user.click(apacIssue(table));
    await user.click(screen.getByRole('button', { name: 'Close issue' }));

    expect(await screen.findByRole('table', { name: 'Closed health issues' }, T)).toHaveTextContent(
      title,
    );
    expect(screen.getByRole('tab', { name: `Open (${before - 1})` })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reopen issue' }));
    expect(await screen.findByRole('tab', { name: `Open (${before})` }, T)).toBeInTheDocument();
  });

  it('suppress asks for a reason and keeps the dialog open until one is given', async () => {
    const { user } = await renderRoute(paths.health, { scenario: 'degraded-sensors' });
    const table = await openIssues();
    await user.click(apacIssue(table));
    await user.click(screen.getByRole('button', { name: 'Suppress issue…' }));
    const dialog = await findOpenDialog(/^Suppress/);
    await user.click(within(dialog).getByRole('button', { name: 'Suppress' }));
    expect(within(dialog).getByText('Say why you suppress this issue')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox'), 'Server being decommissioned');
    await user.click(within(dialog).getByRole('button', { name: 'Suppress' }));
    expect(
      await screen.findByRole('table', { name: 'Suppressed health issues' }, T),
    ).toHaveTextContent('Sensor service failed to start');
  });

  it.each(['analyst@contoso.com', 'viewer@contoso.com'])('is read-only for %s', async (upn) => {
    const { user } = await renderRoute(paths.health, { scenario: 'degraded-sensors', as: upn });
    const table = await openIssues();
    await user.click(within(table).getAllByRole('button')[0]!);
    expect(
      screen.getByText('Only Administrators can close, suppress or reopen health issues.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Close issue' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Suppress issue…' })).toBeNull();
  });

  it('says so when the filters hide every open issue, and clears them', async () => {
    const { user, router } = await renderRoute(`${paths.health}?severity=High`, {
      scenario: 'contoso',
    });
    const empty = await screen.findByRole(
      'region',
      { name: 'No open health issues match your filters' },
      T,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Showing 0 of 2 open issues');
    expect(screen.getByRole('tab', { name: 'Open (2)' })).toBeInTheDocument();
    expect(empty).toHaveTextContent('clear the filters to see all 2 open issues');
    expect(screen.queryByText(/finds nothing wrong/)).toBeNull();
    expect(screen.queryByText(/Select an issue/)).toBeNull();

    await user.click(within(empty).getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''), T);
    expect(within(await openIssues()).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByRole('combobox', { name: 'Severity' })).toHaveValue('all');
  });

  it('keeps the filters in the URL', async () => {
    const { user, router } = await renderRoute(`${paths.health}?severity=High`, {
      scenario: 'contoso',
    });
    await screen.findByRole('region', { name: 'No open health issues match your filters' }, T);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Severity' }), 'Medium');
    expect(router.state.location.search).toContain('severity=Medium');
    expect(await openIssues()).toBeInTheDocument();
  });

  it('says when a tab has no issues at all, filters or not', async () => {
    await renderRoute(`${paths.health}?status=Suppressed&severity=High`, { scenario: 'contoso' });
    const empty = await screen.findByRole('region', { name: 'No suppressed health issues' }, T);
    expect(empty).toHaveTextContent('Issues you close or suppress are listed here.');
    expect(within(empty).queryByRole('button')).toBeNull();
    // Nothing to select: no "Select an issue…" panel beside the empty list.
    expect(screen.queryByText(/Select an issue/)).toBeNull();
  });

  it('moves between status tabs with the arrow keys and selects with Enter', async () => {
    const { user, router } = await renderRoute(paths.health, { scenario: 'degraded-sensors' });
    await openIssues();
    const open = screen.getByRole('tab', { name: /^Open \(\d+\)$/ });
    expect(open).toHaveAttribute('aria-selected', 'true');
    expect(open).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('tab', { name: /^Closed/ })).toHaveAttribute('tabindex', '-1');
    open.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: /^Closed/ })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: /^Suppressed/ })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(open).toHaveFocus();
    await user.keyboard('{ArrowLeft}{Enter}');
    await waitFor(() => expect(router.state.location.search).toContain('status=Suppressed'), T);
    expect(screen.getByRole('tab', { name: /^Suppressed/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });
});
