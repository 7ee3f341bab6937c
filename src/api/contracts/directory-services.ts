import * as z from 'zod/mini';
import { fqdnSchema, secretStateSchema, versioned } from './config';

/** Most directory service accounts an instance may hold (domain catalog §6.4, §12). */
export const MAX_DIRECTORY_ACCOUNTS = 30;

export const accountKindSchema = z.enum(['Standard account', 'gMSA']);
export type AccountKind = z.infer<typeof accountKindSchema>;

const accountNameSchema = z.string().check(
  z.trim(),
  z.minLength(1, 'Enter the account name'),
  z.maxLength(256, 'An account name has at most 256 characters'),
  z.refine((v) => !v.includes('@'), 'Enter the account name without the domain (not user@domain)'),
  z.refine((v) => !v.includes('\\'), 'Enter the account name without DOMAIN\\'),
);

const fields = z.object({
  kind: accountKindSchema,
  accountName: accountNameSchema,
  /** FQDN of the domain where the account lives, e.g. corp.contoso.com. */
  domain: fqdnSchema,
  /** Standard accounts only; write-only. Omit (or leave empty) on an edit to keep the stored one. */
  password: z.optional(z.string().check(z.maxLength(256, 'A password has at most 256 characters'))),
});

const gmsaEndsWithDollar = (a: { kind: AccountKind; accountName: string }) =>
  a.kind !== 'gMSA' || a.accountName.endsWith('$');
const gmsaMessage = {
  message: 'A gMSA account name ends with $, such as svc-vigil$',
  path: ['accountName'],
};

/** PUT /api/directory-services/:id: the password only when replacing it. */
export const directoryAccountUpdateSchema = fields.check(z.refine(gmsaEndsWithDollar, gmsaMessage));
export type DirectoryAccountUpdate = z.infer<typeof directoryAccountUpdateSchema>;

/** POST /api/directory-services: a standard account needs its password. */
export const directoryAccountCreateSchema = directoryAccountUpdateSchema.check(
  z.refine((a) => a.kind === 'gMSA' || (a.password ?? '').length > 0, {
    message: 'Enter the account’s password',
    path: ['password'],
  }),
);
export type DirectoryAccountCreate = z.infer<typeof directoryAccountCreateSchema>;

/** A credential as responses show it: the password never, only whether it is set. */
export const directoryAccountSchema = z.object({
  id: z.string(),
  kind: accountKindSchema,
  accountName: z.string(),
  domain: z.string(),
  password: secretStateSchema,
});
export type DirectoryAccount = z.infer<typeof directoryAccountSchema>;

/** GET /api/directory-services: the list and its version (ETag); every change sends it as If-Match. */
export const directoryAccountsResponseSchema = versioned(
  z.object({ accounts: z.array(directoryAccountSchema) }),
);
export type DirectoryAccountsResponse = z.infer<typeof directoryAccountsResponseSchema>;

/** How an account is titled and compared: DOMAIN\account, case-insensitive. */
export const directoryAccountLabel = (a: { accountName: string; domain: string }) =>
  `${a.domain}\\${a.accountName}`;
const sameAccount = (
  a: { accountName: string; domain: string },
  b: { accountName: string; domain: string },
) => directoryAccountLabel(a).toLowerCase() === directoryAccountLabel(b).toLowerCase();

export interface DirectoryAccountRefusal {
  /** The field the message belongs to; none for list-level refusals (the limit). */
  field?: 'accountName';
  message: string;
}

/**
 * Rules that need the whole list: at most 30 accounts, no duplicate DOMAIN\account. `id` is the
 * account being edited (it may keep its own name). The UI and the mock backend both use this.
 */
export function directoryAccountRefusal(
  existing: readonly { id: string; accountName: string; domain: string }[],
  candidate: { accountName: string; domain: string },
  id?: string,
): DirectoryAccountRefusal | null {
  if (!id && existing.length >= MAX_DIRECTORY_ACCOUNTS) {
    return {
      message: `An instance holds at most ${MAX_DIRECTORY_ACCOUNTS} directory service accounts. Remove one before adding another, or contact support for more.`,
    };
  }
  const duplicate = existing.find((a) => a.id !== id && sameAccount(a, candidate));
  if (duplicate) {
    return {
      field: 'accountName',
      message: `${directoryAccountLabel(duplicate)} is already in the list`,
    };
  }
  return null;
}
