import { describe, expect, it } from 'vitest';
import { auditListSchema } from '../../src/api/contracts/audit';
import {
  directoryAccountsResponseSchema as listSchema,
  MAX_DIRECTORY_ACCOUNTS,
} from '../../src/api/contracts/directory-services';
import { problemSchema } from '../../src/api/contracts/problem';
import { endpoints } from '../../src/api/endpoints';
import { givenNow, givenScenario } from '../configure';
import { tenantIds } from '../identity/directory';
import { store } from '../store/store';
import { callApi } from '../testing/api-client';
import { hasDirectoryServiceAccount } from './directory-services';

const PASSWORD = 'Sup3r-Secret-Dsa-Pw!';
const ADMIN = 'admin@contoso.com';

async function list(upn = ADMIN) {
  const response = await callApi(upn, endpoints.directoryServices);
  expect(response.status).toBe(200);
  expect(response.headers.get('ETag')).toBeTruthy();
  return listSchema.parse(response.body);
}

const add = (body: unknown, etag: string, upn = ADMIN) =>
  callApi(upn, endpoints.directoryServices, {
    method: 'POST',
    body,
    headers: { 'If-Match': etag },
  });

const gmsa = (name: string, domain = 'contoso.com') => ({
  kind: 'gMSA',
  accountName: name,
  domain,
});

describe('Directory services (/api/directory-services)', () => {
  it('seeds contoso with CONTOSO\\svc-vigil (password set) and fresh with none', async () => {
    const seeded = await list('viewer@contoso.com');
    expect(seeded.value.accounts).toEqual([
      expect.objectContaining({
        kind: 'Standard account',
        accountName: 'svc-vigil',
        domain: 'contoso.com',
        password: expect.objectContaining({ isSet: true }),
      }),
    ]);
    const contoso = store.state.tenants[tenantIds.contoso];
    expect(contoso && hasDirectoryServiceAccount(contoso)).toBe(true);
    await givenScenario('fresh');
    expect((await list()).value.accounts).toEqual([]);
    const fresh = store.state.tenants[tenantIds.contoso];
    expect(fresh && hasDirectoryServiceAccount(fresh)).toBe(false);
  });

  it('adds, edits and removes; the password never appears in a response or the audit log', async () => {
    givenNow('2026-11-20T10:00:00Z');
    const before = await list();
    const added = await add(
      {
        kind: 'Standard account',
        accountName: 'svc-emea',
        domain: 'EMEA.contoso.com',
        password: PASSWORD,
      },
      before.etag,
    );
    expect(added.status).toBe(201);
    const afterAdd = listSchema.parse(added.body);
    const account = afterAdd.value.accounts.find((a) => a.accountName === 'svc-emea');
    expect(account).toEqual(
      expect.objectContaining({
        domain: 'emea.contoso.com',
        password: { isSet: true, updatedAt: '2026-11-20T10:00:00.000Z' },
      }),
    );
    if (!account) throw new Error('not added');

    // Edit without a password keeps it; a typed one replaces it.
    const put = (body: unknown, etag: string) =>
      callApi(ADMIN, endpoints.directoryService(account.id), {
        method: 'PUT',
        body,
        headers: { 'If-Match': etag },
      });
    const renamed = await put(
      { kind: 'Standard account', accountName: 'svc-emea2', domain: 'emea.contoso.com' },
      afterAdd.etag,
    );
    expect(renamed.status).toBe(200);
    const afterEdit = listSchema.parse(renamed.body);
    expect(afterEdit.value.accounts.find((a) => a.id === account.id)?.password.isSet).toBe(true);
    // A stale version is refused.
    expect(
      (await put({ kind: 'gMSA', accountName: 'x$', domain: 'contoso.com' }, afterAdd.etag)).status,
    ).toBe(412);
    givenNow('2026-11-21T10:00:00Z');
    const replaced = await put(
      {
        kind: 'Standard account',
        accountName: 'svc-emea2',
        domain: 'emea.contoso.com',
        password: `${PASSWORD}2`,
      },
      afterEdit.etag,
    );
    expect(replaced.status).toBe(200);

    const removed = await callApi(ADMIN, endpoints.directoryService(account.id), {
      method: 'DELETE',
      headers: { 'If-Match': listSchema.parse(replaced.body).etag },
    });
    expect(removed.status).toBe(200);
    expect(listSchema.parse(removed.body).value.accounts.map((a) => a.accountName)).toEqual([
      'svc-vigil',
    ]);

    const audit = await callApi(ADMIN, endpoints.audit);
    const entries = auditListSchema
      .parse(audit.body)
      .items.filter((e) => e.page === 'Directory services');
    expect(entries.map((e) => e.action)).toEqual(['Deleted', 'Updated', 'Updated', 'Created']);
    expect(entries[3]?.target).toBe('emea.contoso.com\\svc-emea');
    // A replaced password: when, never the value; the account's internal id is not a change.
    expect(entries[1]?.changes).toEqual([
      {
        field: 'password',
        label: 'Password',
        before: { secret: true, replacedAt: '2026-11-20T10:00:00.000Z' },
        after: { secret: true, replacedAt: '2026-11-21T10:00:00.000Z' },
      },
    ]);
    expect(entries[3]?.changes.map((c) => c.label)).toEqual([
      'Account name',
      'Domain',
      'Account type',
      'Password',
    ]);
    for (const body of [added.body, renamed.body, replaced.body, removed.body, audit.body]) {
      expect(JSON.stringify(body)).not.toContain(PASSWORD);
    }
    expect(JSON.stringify(audit.body)).toContain('password');
  });

  it('refuses a gMSA without $, a domain that is not an FQDN, a missing password and duplicates', async () => {
    const { etag } = await list();
    const gmsaNoDollar = await add(gmsa('svc-gmsa'), etag);
    expect(gmsaNoDollar.status).toBe(400);
    expect(problemSchema.parse(gmsaNoDollar.body).errors?.accountName?.[0]).toMatch(/ends with \$/);

    const shortDomain = await add(gmsa('svc-gmsa$', 'CONTOSO'), etag);
    expect(problemSchema.parse(shortDomain.body).errors?.domain?.[0]).toMatch(/fully qualified/);

    const noPassword = await add(
      { kind: 'Standard account', accountName: 'svc-b', domain: 'contoso.com' },
      etag,
    );
    expect(problemSchema.parse(noPassword.body).errors?.password).toBeDefined();

    const upn = await add(gmsa('svc@contoso.com'), etag);
    expect(problemSchema.parse(upn.body).errors?.accountName?.[0]).toMatch(/not user@domain/);

    const duplicate = await add(
      {
        kind: 'Standard account',
        accountName: 'SVC-VIGIL',
        domain: 'Contoso.com',
        password: PASSWORD,
      },
      etag,
    );
    expect(duplicate.status).toBe(400);
    expect(problemSchema.parse(duplicate.body).errors?.accountName?.[0]).toMatch(
      /already in the list/,
    );
  });

  it(`refuses a ${MAX_DIRECTORY_ACCOUNTS + 1}st account with a clear message`, async () => {
    let { etag } = await list();
    for (let i = 1; i < MAX_DIRECTORY_ACCOUNTS; i++) {
      const response = await add(gmsa(`gmsa${i}$`), etag);
      expect(response.status).toBe(201);
      etag = listSchema.parse(response.body).etag;
    }
    const refused = await add(gmsa('one-too-many$'), etag);
    expect(refused.status).toBe(400);
    const body = problemSchema.parse(refused.body);
    expect(body.title).toMatch(/at most 30 directory service accounts/);
    expect(body.errors).toBeUndefined();
  });

  it('answers 403 to Users and Viewers on every change, and 428 without If-Match', async () => {
    const { etag, value } = await list();
    const id = value.accounts[0]?.id ?? 'none';
    for (const upn of ['analyst@contoso.com', 'viewer@contoso.com']) {
      const headers = { 'If-Match': etag };
      const responses = [
        await add(gmsa('svc-x$'), etag, upn),
        await callApi(upn, endpoints.directoryService(id), {
          method: 'PUT',
          body: gmsa('svc-x$'),
          headers,
        }),
        await callApi(upn, endpoints.directoryService(id), { method: 'DELETE', headers }),
      ];
      for (const response of responses) {
        expect(response.status, upn).toBe(403);
        expect(problemSchema.parse(response.body).missingPermission).toBe('config.dataSources');
      }
    }
    const noVersion = await callApi(ADMIN, endpoints.directoryServices, {
      method: 'POST',
      body: gmsa('svc-x$'),
    });
    expect(noVersion.status).toBe(428);
  });
});
