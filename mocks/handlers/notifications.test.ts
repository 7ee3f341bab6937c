import { describe, expect, it } from 'vitest';
import {
  emailNotificationsResponseSchema,
  previewDetectionsResponseSchema,
} from '../../src/api/contracts/notifications';
import {
  defaultSchedule,
  scheduledReportsResponseSchema,
} from '../../src/api/contracts/scheduled-reports';
import { endpoints } from '../../src/api/endpoints';
import { callApi } from '../testing/api-client';

const path = endpoints.config('email-notifications');

async function current() {
  return emailNotificationsResponseSchema.parse((await callApi('admin@contoso.com', path)).body);
}

describe('notification settings', () => {
  it('refuses a viewer with 403 naming the permission', async () => {
    const { etag, value } = await current();
    const response = await callApi('viewer@contoso.com', path, {
      method: 'PUT',
      body: value,
      headers: { 'If-Match': etag },
    });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ missingPermission: 'config.notifications' });
  });

  it('answers 400 with the bad address at its field, and saves nothing', async () => {
    const { etag } = await current();
    const response = await callApi('analyst@contoso.com', path, {
      method: 'PUT',
      body: { alertRecipients: ['soc@contoso.com', 'nope'], healthRecipients: [] },
      headers: { 'If-Match': etag },
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      errors: { 'alertRecipients.1': [expect.stringContaining('valid email')] },
    });
    expect((await current()).etag).toBe(etag);
  });

  it('rejects duplicates and audits a change', async () => {
    const { etag } = await current();
    const dup = await callApi('analyst@contoso.com', path, {
      method: 'PUT',
      body: { alertRecipients: ['a@contoso.com', 'A@contoso.com'], healthRecipients: [] },
      headers: { 'If-Match': etag },
    });
    expect(dup.status).toBe(400);
    const ok = await callApi('analyst@contoso.com', path, {
      method: 'PUT',
      body: { alertRecipients: ['a@contoso.com'], healthRecipients: [] },
      headers: { 'If-Match': etag },
    });
    expect(ok.status).toBe(200);
    const audit = (
      await callApi('admin@contoso.com', `${endpoints.audit}?page=Email%20notifications`)
    ).body as {
      items: { page: string; actor: { upn: string } }[];
    };
    expect(audit.items[0]).toMatchObject({
      page: 'Email notifications',
      actor: { upn: 'analyst@contoso.com' },
    });
  });
});

describe('scheduled reports', () => {
  const reports = endpoints.config('scheduled-reports');
  const read = async () =>
    scheduledReportsResponseSchema.parse((await callApi('viewer@contoso.com', reports)).body);

  it('starts with every report off, and refuses a viewer with 403', async () => {
    const { etag, value } = await read();
    expect(Object.values(value).map((s) => s.frequency)).toEqual(['Off', 'Off', 'Off', 'Off']);
    const response = await callApi('viewer@contoso.com', reports, {
      method: 'PUT',
      body: value,
      headers: { 'If-Match': etag },
    });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ missingPermission: 'config.scheduledReports' });
  });

  it('answers 400 at the field when a scheduled report has no recipients or a bad one', async () => {
    const { etag, value } = await read();
    const noRecipients = await callApi('analyst@contoso.com', reports, {
      method: 'PUT',
      body: { ...value, summary: { ...defaultSchedule, frequency: 'Daily' } },
      headers: { 'If-Match': etag },
    });
    expect(noRecipients.status).toBe(400);
    expect(noRecipients.body).toMatchObject({
      errors: { 'summary.recipients': [expect.stringContaining('at least one recipient')] },
    });
    const badAddress = await callApi('analyst@contoso.com', reports, {
      method: 'PUT',
      body: {
        ...value,
        'sensitive-groups': { ...defaultSchedule, frequency: 'Weekly', recipients: ['ciso@'] },
      },
      headers: { 'If-Match': etag },
    });
    expect(badAddress.body).toMatchObject({
      errors: { 'sensitive-groups.recipients.0': [expect.stringContaining('valid email')] },
    });
    expect((await read()).etag).toBe(etag);
  });

  it('saves a schedule for a User', async () => {
    const { etag, value } = await read();
    const schedule = {
      ...defaultSchedule,
      frequency: 'Monthly',
      dayOfMonth: 15,
      hourUtc: 6,
      recipients: ['ciso@contoso.com'],
    };
    const response = await callApi('analyst@contoso.com', reports, {
      method: 'PUT',
      body: { ...value, 'lateral-movement-paths': schedule },
      headers: { 'If-Match': etag },
    });
    expect(response.status).toBe(200);
    expect((await read()).value['lateral-movement-paths']).toEqual(schedule);
  });
});

describe('preview detections', () => {
  const preview = endpoints.config('preview-detections');
  const read = async () =>
    previewDetectionsResponseSchema.parse((await callApi('viewer@contoso.com', preview)).body);

  it('is on by default, and refuses a viewer with 403', async () => {
    const { etag, value } = await read();
    expect(value.enabled).toBe(true);
    const response = await callApi('viewer@contoso.com', preview, {
      method: 'PUT',
      body: { enabled: false },
      headers: { 'If-Match': etag },
    });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ missingPermission: 'config.preview' });
  });

  it('answers 400 to a body that is not a switch', async () => {
    const { etag } = await read();
    const response = await callApi('analyst@contoso.com', preview, {
      method: 'PUT',
      body: { enabled: 'yes' },
      headers: { 'If-Match': etag },
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ errors: { enabled: [expect.any(String)] } });
  });

  it('says what was wrong in zod’s English words where the contract has no message', async () => {
    const { etag } = await read();
    const response = await callApi('analyst@contoso.com', preview, {
      method: 'PUT',
      body: { enabled: 'yes' },
      headers: { 'If-Match': etag },
    });
    expect(response.body).toMatchObject({
      errors: { enabled: ['Invalid input: expected boolean, received string'] },
    });
  });
});
