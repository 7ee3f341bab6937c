import { describe, expect, it } from 'vitest';
import { emailNotificationsResponseSchema } from '../../src/api/contracts/notifications';
import { endpoints } from '../../src/api/endpoints';
import { callApi } from '../testing/api-client';

const path = endpoints.config('email-notifications');

async function current() {
  return emailNotificationsResponseSchema.parse((await callApi('admin@contoso.com', path)).body);
}

describe('notification settings', () => {
  it('refuses a viewer with 403 naming the permission', async () => {
    const { etag, value } = await current();
    const response = await callApi('viewer@contoso.com', path, { method: 'PUT', body: value, headers: { 'If-Match': etag } });
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
    expect(response.body).toMatchObject({ errors: { 'alertRecipients.1': [expect.stringContaining('valid email')] } });
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
    const audit = (await callApi('admin@contoso.com', `${endpoints.audit}?page=Email%20notifications`)).body as {
      items: { page: string; actor: { upn: string } }[];
    };
    expect(audit.items[0]).toMatchObject({ page: 'Email notifications', actor: { upn: 'analyst@contoso.com' } });
  });
});
