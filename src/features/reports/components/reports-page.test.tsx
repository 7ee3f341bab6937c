import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { paths } from '@/config/paths';
import { renderRoute } from '@/testing/render-route';
import { T } from '@/testing/waits';
import { failNext, givenScenario } from '../../../../mocks/configure';

const row = (title: string) => screen.getByRole('region', { name: title });

async function reportsLoaded() {
  return screen.findByRole('region', { name: 'Summary' }, T);
}

describe('Reports', () => {
  it('lists the four reports with their ranges, each downloadable', async () => {
    await renderRoute(paths.reports, { as: 'viewer@contoso.com' });
    await reportsLoaded();
    expect(screen.getByRole('heading', { level: 1, name: 'Reports' })).toBeInTheDocument();
    for (const title of [
      'Summary',
      'Modifications to sensitive groups',
      'Passwords exposed in cleartext',
    ]) {
      const region = row(title);
      expect(within(region).getByLabelText('From')).toHaveValue('2026-11-14');
      expect(within(region).getByLabelText('To')).toHaveValue('2026-11-20');
    }
    expect(
      within(row('Passwords exposed in cleartext')).getByRole('button', {
        name: 'Download Passwords exposed in cleartext',
      }),
    ).toBeEnabled();
    // The paths report pre-selects the first day with paths in its 60 days.
    const paths_ = row('Lateral movements paths to sensitive accounts');
    expect(within(paths_).getByLabelText('From')).toHaveValue('2026-09-22');
    expect(within(paths_).getByRole('button', { name: /^Download/ })).toBeEnabled();
    expect(screen.getByRole('link', { name: 'Set scheduled reports' })).toHaveAttribute(
      'href',
      paths.configuration.scheduledReports,
    );
  });

  it('greys what wasn’t observed: no sensors yet in fresh', async () => {
    await renderRoute(paths.reports, { scenario: 'fresh' });
    await reportsLoaded();
    expect(
      await within(row('Modifications to sensitive groups')).findByText(
        'No modifications to groups were observed, make sure that events forwarding is properly configured',
        {},
        T,
      ),
    ).toBeInTheDocument();
    expect(
      within(row('Passwords exposed in cleartext')).getByText(
        'No passwords in cleartext were observed',
      ),
    ).toBeInTheDocument();
    expect(
      within(row('Lateral movements paths to sensitive accounts')).getByText(
        'No lateral movement paths to sensitive accounts were discovered in this period',
      ),
    ).toBeInTheDocument();
    expect(within(row('Summary')).getByRole('button', { name: 'Download Summary' })).toBeEnabled();
  });

  it('keeps a range in the URL and says at the field what is wrong with it', async () => {
    const { router } = await renderRoute(paths.reports, { as: 'analyst@contoso.com' });
    await reportsLoaded();
    const summary = row('Summary');
    fireEvent.change(within(summary).getByLabelText('From'), { target: { value: '2026-11-10' } });
    await waitFor(() => expect(router.state.location.search).toContain('summary.from=2026-11-10'));
    fireEvent.change(within(summary).getByLabelText('To'), { target: { value: '2026-11-09' } });
    expect(await within(summary).findByText('To must be on or after From', {}, T)).toBeVisible();
    expect(within(summary).getByRole('button', { name: 'Download Summary' })).toBeDisabled();
  });

  it('downloads the workbook the service made', async () => {
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:report');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = await renderRoute(paths.reports, { as: 'viewer@contoso.com' });
    await reportsLoaded();
    await user.click(
      screen.getByRole('button', { name: 'Download Modifications to sensitive groups' }),
    );
    await waitFor(() => expect(click).toHaveBeenCalled(), T);
    expect(created).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
  });

  it('shows the error with Retry when the reports can’t be listed', async () => {
    await givenScenario('contoso');
    for (let i = 0; i < 4; i++) failNext('GET', '/api/reports', 500);
    const { user } = await renderRoute(paths.reports, { scenario: false });
    await user.click(await screen.findByRole('button', { name: 'Retry' }, T));
    expect(await reportsLoaded()).toBeInTheDocument();
  });
});
