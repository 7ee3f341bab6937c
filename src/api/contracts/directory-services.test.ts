import { describe, expect, it } from 'vitest';
import {
  directoryAccountCreateSchema,
  directoryAccountRefusal,
  directoryAccountUpdateSchema,
  MAX_DIRECTORY_ACCOUNTS,
} from './directory-services';

const messages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('directory service account contract', () => {
  it('needs a gMSA name to end with $', () => {
    expect(
      messages(
        directoryAccountCreateSchema.safeParse({
          kind: 'gMSA',
          accountName: 'svc',
          domain: 'contoso.com',
        }),
      ),
    ).toEqual({
      accountName: 'A gMSA account name ends with $, such as svc-vigil$',
    });
    expect(
      directoryAccountCreateSchema.safeParse({
        kind: 'gMSA',
        accountName: 'svc$',
        domain: 'contoso.com',
      }).success,
    ).toBe(true);
  });

  it('needs the domain as an FQDN and the name without a domain', () => {
    const result = directoryAccountUpdateSchema.safeParse({
      kind: 'gMSA',
      accountName: 'svc@contoso.com',
      domain: 'CONTOSO',
    });
    expect(Object.keys(messages(result)).sort()).toEqual(['accountName', 'domain']);
    expect(
      messages(
        directoryAccountUpdateSchema.safeParse({
          kind: 'gMSA',
          accountName: 'CONTOSO\\svc$',
          domain: 'contoso.com',
        }),
      ).accountName,
    ).toMatch(/without DOMAIN/);
  });

  it('needs a password for a new standard account but not for an edit', () => {
    const account = { kind: 'Standard account', accountName: 'svc', domain: 'corp.contoso.com' };
    expect(messages(directoryAccountCreateSchema.safeParse(account))).toEqual({
      password: 'Enter the account’s password',
    });
    expect(directoryAccountUpdateSchema.safeParse(account).success).toBe(true);
    expect(directoryAccountCreateSchema.safeParse({ ...account, password: 'x' }).success).toBe(
      true,
    );
  });

  it('refuses duplicates case-insensitively, but lets an account keep its own name', () => {
    const existing = [{ id: 'a', accountName: 'svc-vigil', domain: 'contoso.com' }];
    expect(
      directoryAccountRefusal(existing, { accountName: 'SVC-Vigil', domain: 'Contoso.COM' }),
    ).toEqual({
      field: 'accountName',
      message: 'contoso.com\\svc-vigil is already in the list',
    });
    expect(
      directoryAccountRefusal(existing, { accountName: 'svc-vigil', domain: 'contoso.com' }, 'a'),
    ).toBeNull();
    expect(
      directoryAccountRefusal(existing, { accountName: 'svc-vigil', domain: 'emea.contoso.com' }),
    ).toBeNull();
  });

  it(`holds at most ${MAX_DIRECTORY_ACCOUNTS} accounts; editing at the limit is fine`, () => {
    const full = Array.from({ length: MAX_DIRECTORY_ACCOUNTS }, (_, i) => ({
      id: `${i}`,
      accountName: `a${i}$`,
      domain: 'contoso.com',
    }));
    expect(
      directoryAccountRefusal(full, { accountName: 'new$', domain: 'contoso.com' })?.message,
    ).toMatch(/at most 30 directory service accounts/);
    expect(
      directoryAccountRefusal(full, { accountName: 'renamed$', domain: 'contoso.com' }, '3'),
    ).toBeNull();
    expect(
      directoryAccountRefusal(full.slice(1), { accountName: 'new$', domain: 'contoso.com' }),
    ).toBeNull();
  });
});
