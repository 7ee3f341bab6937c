import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { previewDetectionsResponseSchema } from '@/api/contracts/notifications';
import { endpoints } from '@/api/endpoints';
import { paths } from '@/config/paths';
import { formatTime } from '@/lib/format';
import { findOpenDialog } from '@/testing/dialogs';
import { renderRoute } from '@/testing/render-route';
import { failNext } from '../../../../mocks/configure';
import { callApi } from '../../../../mocks/testing/api-client';

const path = endpoints.config('preview-detections');

async function openPage(as = 'admin@contoso.com') {
  const view = await renderRoute(paths.configuration.previewDetections, { as });
  const toggle = await screen.findByRole(
    'switch',
    { name: 'Show preview detections' },
    { timeout: 5_000 },
  );
  return { ...view, toggle };
}

async function stored() {
  return previewDetectionsResponseSchema.parse((await callApi('viewer@contoso.com', path)).body);
}

describe('Preview detections', () => {
  it('is on by default and explains what preview detections are', async () => {
    const { toggle } = await openPage();
    expect(toggle).toBeChecked();
    expect(
      screen.getByText(/usually become generally\s+available within a few weeks/),
    ).toBeInTheDocument();
  });

  it('lets an analyst turn them off', async () => {
    const { user, toggle } = await openPage('analyst@contoso.com');
    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await stored()).value.enabled).toBe(false));
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('keeps the choice when the save fails, and Save works again (admin)', async () => {
    const { user, toggle } = await openPage();
    await user.click(toggle);
    failNext('PUT', path, 500);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Your changes weren’t saved')).toBeInTheDocument();
    expect(toggle).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await stored()).value.enabled).toBe(false));
  });

  it('on a conflicting save, reapplies the choice on the latest version', async () => {
    const { user, toggle } = await openPage();
    await user.click(toggle);
    const current = await stored();
    // The same administrator saves from another tab.
    const other = await callApi('admin@contoso.com', path, {
      method: 'PUT',
      body: { enabled: true },
      headers: { 'If-Match': current.etag },
    });
    expect(other.status).toBe(200);
    const { updatedAt } = await stored();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await findOpenDialog(
      `You changed these settings in another tab or window at ${formatTime(updatedAt ?? '')}`,
      { role: 'alertdialog' },
    );
    // hidden: under jsdom, Fluent's focus manager (tabster) may mark the open dialog aria-hidden
    // (it misses the dialog's focus); real Chromium doesn't — e2e/notifications.spec.ts checks it there.
    await user.click(
      within(dialog).getByRole('button', { name: 'Reload and reapply my changes', hidden: true }),
    );
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    // The page behind the dialog is aria-hidden until tabster restores it, a moment after close
    // (later still on a busy machine): wait for it, don't assume it.
    await waitFor(() =>
      expect(screen.getByRole('switch', { name: 'Show preview detections' })).not.toBeChecked(),
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await stored()).value.enabled).toBe(false));
  });

  it('is read-only for viewers', async () => {
    const { toggle } = await openPage('viewer@contoso.com');
    expect(
      screen.getByText('Only Administrators and Users can turn preview detections on or off.'),
    ).toBeInTheDocument();
    expect(toggle).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });
});
