import * as z from 'zod/mini';
import {
  accountKindSchema,
  directoryAccountUpdateSchema,
  type DirectoryAccount,
  type DirectoryAccountUpdate,
} from '@/api/contracts/directory-services';

/**
 * The add/edit form, derived from the contract. `password` is what the admin typed; `needsPassword`
 * says whether one must be typed now (a new standard account, or one that has none yet).
 */
export const directoryAccountFormSchema = z
  .object({
    kind: accountKindSchema,
    accountName: z.string(),
    domain: z.string(),
    password: z.string(),
    needsPassword: z.boolean(),
  })
  .check(
    z.superRefine((values, ctx) => {
      const checked = directoryAccountUpdateSchema.safeParse(toInput(values));
      for (const issue of checked.error?.issues ?? []) {
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      }
      if (values.kind === 'Standard account' && values.needsPassword && values.password === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['password'],
          message: 'Enter the account’s password',
        });
      }
    }),
  );
export type DirectoryAccountFormValues = z.infer<typeof directoryAccountFormSchema>;

export const directoryAccountFields = ['kind', 'accountName', 'domain', 'password'] as const;

export function toValues(account: DirectoryAccount | null): DirectoryAccountFormValues {
  return {
    kind: account?.kind ?? 'Standard account',
    accountName: account?.accountName ?? '',
    domain: account?.domain ?? '',
    password: '',
    needsPassword: !account?.password.isSet,
  };
}

/** What is sent: the password only for a standard account, and only when one was typed. */
export function toInput(
  values: Omit<DirectoryAccountFormValues, 'needsPassword'>,
): DirectoryAccountUpdate {
  const base = { kind: values.kind, accountName: values.accountName, domain: values.domain };
  return values.kind === 'Standard account' && values.password !== ''
    ? { ...base, password: values.password }
    : base;
}
