import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  scheduledReportsResponseSchema,
  type ScheduledReports,
} from '@/api/contracts/scheduled-reports';
import { endpoints } from '@/api/endpoints';
import { paths } from '@/config/paths';
import { formatTime } from '@/lib/format';
import { findOpenDialog } from '@/testing/dialogs';
import { renderRoute } from '@/testing/render-route';
import { failNext, givenSettingsSavedBy } from '../../../../mocks/configure';
import { callApi } from '../../../../mocks/testing/api-client';

async function openPage(as = 'admin@contoso.com') {
  const view = await renderRoute(paths.configuration.scheduledReports, { as });
  await screen.findByRole('form', { name: 'Scheduled reports' }, { timeout: 5_000 });
  return view;
}

async function stored() {
  return scheduledReportsResponseSchema.parse(
    (await callApi('admin@contoso.com', endpoints.config('scheduled-reports'))).body,
  );
}

const report = (title: string) => screen.getByRole('region', { name: title });

describe('Scheduled reports', () => {
  it('lists the four reports, none scheduled, with their subtitles', async () => {
    await openPage();
    expect(screen.getAllByText('Not scheduled')).toHaveLength(4);
    expect(
      within(report('Modifications to sensitive groups')).getByText(
        /Every modification to sensitive groups/,
      ),
    ).toBeInTheDocument();
    expect(report('Passwords exposed in cleartext')).toBeInTheDocument();
    expect(report('Lateral movement paths to sensitive accounts')).toBeInTheDocument();
  });

  it('lets an analyst schedule a report, requiring recipients when it is on', async () => {
    const { user } = await openPage('analyst@contoso.com');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Send the Summary report' }),
      'Weekly',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'On' }), 'Friday');
    await user.selectOptions(screen.getByRole('combobox', { name: 'At (UTC)' }), '6');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('Add at least one recipient, or turn the schedule off'),
    ).toBeInTheDocument();
    expect((await stored()).value.summary.frequency).toBe('Off');

    await user.type(
      screen.getByRole('textbox', { name: 'Summary: send to' }),
      'soc@contoso.com{Enter}',
    );
    expect(screen.getByText('Weekly on Friday at 06:00 UTC to 1 recipient')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await stored()).value.summary).toMatchObject({
        frequency: 'Weekly',
        weekday: 'Friday',
        hourUtc: 6,
        recipients: ['soc@contoso.com'],
      }),
    );
  });

  it('lets an admin schedule monthly; a bad address stays at the field; a failed save keeps the values', async () => {
    const { user } = await openPage();
    const section = report('Passwords exposed in cleartext');
    await user.selectOptions(
      within(section).getByRole('combobox', { name: /^Send the/ }),
      'Monthly',
    );
    await user.selectOptions(within(section).getByRole('combobox', { name: 'On day' }), '28');
    const to = within(section).getByRole('textbox', {
      name: 'Passwords exposed in cleartext: send to',
    });
    await user.type(to, 'ciso@contoso.com; secops@{Enter}');
    expect(
      within(section).getByText('“secops@” isn’t a valid email address. Added 1.'),
    ).toBeInTheDocument();
    expect(to).toHaveValue('secops@');
    expect(
      within(section).getByText('Monthly on day 28 at 00:00 UTC to 1 recipient'),
    ).toBeInTheDocument();

    failNext('PUT', endpoints.config('scheduled-reports'), 500);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Your changes weren’t saved')).toBeInTheDocument();
    expect(
      within(section).getByText('Monthly on day 28 at 00:00 UTC to 1 recipient'),
    ).toBeInTheDocument();
    expect((await stored()).value['cleartext-passwords'].frequency).toBe('Off');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await stored()).value['cleartext-passwords']).toMatchObject({
        frequency: 'Monthly',
        dayOfMonth: 28,
        recipients: ['ciso@contoso.com'],
      }),
    );
  });

  it('after someone else saved, reloads and reapplies the edits on the latest version', async () => {
    const { user } = await openPage();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Send the Summary report' }),
      'Daily',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Summary: send to' }),
      'soc@contoso.com{Enter}',
    );

    // Meanwhile Megan Bowen schedules the sensitive-groups report from her own session.
    givenSettingsSavedBy<ScheduledReports>('analyst@contoso.com', 'scheduled-reports', (value) => ({
      ...value,
      'sensitive-groups': {
        ...value['sensitive-groups'],
        frequency: 'Weekly',
        recipients: ['noc@contoso.com'],
      },
    }));
    const { updatedAt } = await stored();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await findOpenDialog(
      `Megan Bowen changed these settings at ${formatTime(updatedAt ?? '')}`,
      { role: 'alertdialog' },
    );
    // hidden: under jsdom, Fluent's focus manager (tabster) may mark the open dialog aria-hidden
    // (it misses the dialog's focus); real Chromium doesn't — e2e/notifications.spec.ts checks it there.
    await user.click(
      within(dialog).getByRole('button', { name: 'Reload and reapply my changes', hidden: true }),
    );
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(
      within(report('Summary')).getByText('Daily at 00:00 UTC to 1 recipient'),
    ).toBeInTheDocument();
    expect(
      within(report('Modifications to sensitive groups')).getByText(
        'Weekly on Monday at 00:00 UTC to 1 recipient',
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => {
      const saved = (await stored()).value;
      expect(saved.summary).toMatchObject({ frequency: 'Daily', recipients: ['soc@contoso.com'] });
      expect(saved['sensitive-groups']).toMatchObject({
        frequency: 'Weekly',
        recipients: ['noc@contoso.com'],
      });
    });
  });

  it('is read-only for viewers', async () => {
    await openPage('viewer@contoso.com');
    expect(
      screen.getByText('Only Administrators and Users can schedule reports.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Send the Summary report' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });
});
