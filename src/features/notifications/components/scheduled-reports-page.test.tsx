import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { previewDetectionsResponseSchema } from '@/api/contracts/notifications';
import { scheduledReportsResponseSchema } from '@/api/contracts/scheduled-reports';
import { endpoints } from '@/api/endpoints';
import { paths } from '@/config/paths';
import { renderRoute } from '@/testing/render-route';
import { callApi } from '../../../../mocks/testing/api-client';

describe('Scheduled reports', () => {
  it('lets an analyst schedule a report, requiring recipients when it is on', async () => {
    const { user } = await renderRoute(paths.configuration.scheduledReports, { as: 'analyst@contoso.com' });
    await screen.findByRole('form', { name: 'Scheduled reports' }, { timeout: 5_000 });
    expect(screen.getAllByText('Not scheduled')).toHaveLength(4);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Send the Summary report' }), 'Weekly');
    await user.selectOptions(screen.getByRole('combobox', { name: 'On' }), 'Friday');
    await user.selectOptions(screen.getByRole('combobox', { name: 'At (UTC)' }), '6');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Add at least one recipient, or turn the schedule off')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Summary: send to' }), 'soc@contoso.com{Enter}');
    expect(screen.getByText('Weekly on Friday at 06:00 UTC to 1 recipient')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => {
      const saved = scheduledReportsResponseSchema.parse(
        (await callApi('admin@contoso.com', endpoints.config('scheduled-reports'))).body,
      );
      expect(saved.value.summary).toMatchObject({ frequency: 'Weekly', weekday: 'Friday', hourUtc: 6, recipients: ['soc@contoso.com'] });
    });
  });

  it('is read-only for viewers', async () => {
    await renderRoute(paths.configuration.scheduledReports, { as: 'viewer@contoso.com' });
    await screen.findByRole('form', { name: 'Scheduled reports' }, { timeout: 5_000 });
    expect(screen.getByText('Only Administrators and Users can schedule reports.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Send the Summary report' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });
});

describe('Preview detections', () => {
  it('lets an analyst turn them on', async () => {
    const { user } = await renderRoute(paths.configuration.previewDetections, { as: 'analyst@contoso.com' });
    await user.click(await screen.findByRole('switch', { name: 'Show preview detections' }, { timeout: 5_000 }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => {
      const saved = previewDetectionsResponseSchema.parse(
        (await callApi('viewer@contoso.com', endpoints.config('preview-detections'))).body,
      );
      expect(saved.value.enabled).toBe(true);
    });
  });
});
