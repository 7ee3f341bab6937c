import type { DirectoryAccount } from '../../src/api/contracts/directory-services';
import type { StoredConfig, TenantState } from './state';

/** Where the accounts live: a versioned configuration entry (its revision is the list's ETag). */
export const directoryServicesConfigKey = 'directory-services';

/** A credential as the mock (the service) stores it: with its password. */
export interface StoredDirectoryAccount {
  id: string;
  kind: 'Standard account' | 'gMSA';
  accountName: string;
  domain: string;
  password: string | null;
  passwordUpdatedAt: string | null;
}

export function directoryAccountsEntry(tenantState: TenantState): StoredConfig & {
  value: { accounts: StoredDirectoryAccount[] };
} {
  const entry = (tenantState.config[directoryServicesConfigKey] ??= {
    value: { accounts: [] },
    revision: 0,
    updatedAt: null,
    updatedBy: null,
  });
  return entry as StoredConfig & { value: { accounts: StoredDirectoryAccount[] } };
}

/** Whether the AD forest is connected: at least one directory service account is saved. */
export function hasDirectoryServiceAccount(tenantState: TenantState): boolean {
  const stored = tenantState.config[directoryServicesConfigKey]?.value as
    { accounts?: unknown[] } | undefined;
  return (stored?.accounts?.length ?? 0) > 0;
}

/** What responses and the audit log show: never the password, only whether it is set. */
export function directoryAccountView(account: StoredDirectoryAccount): DirectoryAccount {
  const { password, passwordUpdatedAt, ...rest } = account;
  return { ...rest, password: { isSet: password !== null, updatedAt: passwordUpdatedAt } };
}
