import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emailNotificationsResponseSchema } from '@/api/contracts/notifications';
import { endpoints } from '@/api/endpoints';
import { paths } from '@/config/paths';
import { formatTime } from '@/lib/format';
import { findOpenDialog } from '@/testing/dialogs';
import { renderRoute } from '@/testing/render-route';
import { failNext } from '../../../../mocks/configure';
import { callApi } from '../../../../mocks/testing/api-client';

const alertField = () => screen.getByRole('textbox', { name: 'A new security alert is detected' });
const alertList = () =>
  screen.getByRole('list', { name: 'A new security alert is detected: recipients' });

async function openPage(as = 'admin@contoso.com') {
  const view = await renderRoute(paths.configuration.notifications, { as });
  await screen.findByRole('form', { name: 'Email notifications' }, { timeout: 5_000 });
  return view;
}

async function stored() {
  const response = await callApi('admin@contoso.com', endpoints.config('email-notifications'));
  return emailNotificationsResponseSchema.parse(response.body);
}

describe('Email notifications', () => {
  it('adds a pasted list, reports the invalid entry at the field, and saves', async () => {
    const { user } = await openPage();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    await user.type(alertField(), 'ir@contoso.com, not-an-address; SOC@contoso.com{Enter}');
    expect(within(alertList()).getByText('ir@contoso.com')).toBeInTheDocument();
    expect(screen.getByText(/“not-an-address” isn’t a valid email address/)).toBeInTheDocument();
    // The invalid entry stays in the input to be fixed; the duplicate was dropped.
    expect(alertField()).toHaveValue('not-an-address');
    expect(within(alertList()).getAllByRole('listitem')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await stored()).value.alertRecipients).toEqual(['soc@contoso.com', 'ir@contoso.com']),
    );
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('keeps an invalid address at the field and saves nothing; notes a duplicate', async () => {
    const { user } = await openPage();
    const before = await stored();
    await user.type(alertField(), 'soc@contoso');
    // The first Add button belongs to the security alert list.
    await user.click(screen.getAllByRole('button', { name: 'Add' })[0]!);
    expect(screen.getByText('“soc@contoso” isn’t a valid email address.')).toBeInTheDocument();
    expect(alertField()).toHaveValue('soc@contoso');
    expect(alertField()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect((await stored()).etag).toBe(before.etag);

    await user.clear(alertField());
    await user.type(alertField(), 'SOC@Contoso.com{Enter}');
    expect(
      screen.getByText('Already in the list, not added again: SOC@Contoso.com.'),
    ).toBeInTheDocument();
    expect(within(alertList()).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('lets an analyst (User) change it, and shows a viewer the lists read-only', async () => {
    const analyst = await openPage('analyst@contoso.com');
    await analyst.user.click(screen.getByRole('button', { name: 'Remove soc@contoso.com' }));
    await analyst.user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await stored()).value.alertRecipients).toEqual([]));
    analyst.unmount();

    await renderRoute(paths.configuration.notifications, {
      as: 'viewer@contoso.com',
      scenario: false,
    });
    await screen.findByRole('form', { name: 'Email notifications' }, { timeout: 5_000 });
    expect(
      screen.getByText('Only Administrators and Users can change email notifications.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove / })).not.toBeInTheDocument();
  });

  it('keeps what was typed when the save fails, and Save works again', async () => {
    const { user } = await openPage();
    await user.type(alertField(), 'ir@contoso.com{Enter}');
    failNext('PUT', endpoints.config('email-notifications'), 500);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Your changes weren’t saved')).toBeInTheDocument();
    expect(within(alertList()).getByText('ir@contoso.com')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await stored()).value.alertRecipients).toContain('ir@contoso.com'),
    );
  });

  it('on a conflicting save, keeps the edits and reapplies them on the latest version', async () => {
    const { user } = await openPage();
    await user.type(alertField(), 'ir@contoso.com{Enter}');
    // Someone else saves the health list meanwhile.
    const current = await stored();
    const other = await callApi('analyst@contoso.com', endpoints.config('email-notifications'), {
      method: 'PUT',
      body: { ...current.value, healthRecipients: ['noc@contoso.com'] },
      headers: { 'If-Match': current.etag },
    });
    expect(other.status).toBe(200);
    const { updatedAt } = await stored();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    // Megan Bowen is analyst@contoso.com: the dialog says who saved first, and when.
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
    // The page behind the dialog is aria-hidden until tabster restores it, a moment after close.
    await waitFor(() =>
      expect(within(alertList()).getByText('ir@contoso.com')).toBeInTheDocument(),
    );
    expect(screen.getByText('noc@contoso.com')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => {
      const saved = (await stored()).value;
      expect(saved.alertRecipients).toContain('ir@contoso.com');
      expect(saved.healthRecipients).toEqual(['noc@contoso.com']);
    });
  });
});
