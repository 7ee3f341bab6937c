import { HttpResponse } from 'msw';
import {
  directoryAccountCreateSchema,
  directoryAccountLabel,
  directoryAccountRefusal,
  directoryAccountUpdateSchema,
  directoryAccountsResponseSchema,
  type DirectoryAccountsResponse,
  type DirectoryAccountUpdate,
} from '../../src/api/contracts/directory-services';
import { endpointPatterns, endpoints } from '../../src/api/endpoints';
import {
  directoryAccountsEntry,
  directoryAccountView,
  type StoredDirectoryAccount,
} from '../store/directory-accounts';
import type { StoredConfig, TenantState } from '../store/state';
import { stableId } from '../world/hash';
import { apiRoute, checkIfMatch, type RouteContext } from './api-route';
import { etagOf } from './config-resource';
import { problem } from './problem';

export { hasDirectoryServiceAccount } from '../store/directory-accounts';

const page = 'Directory services';

function listResponse(tenantState: TenantState, status = 200) {
  const entry = directoryAccountsEntry(tenantState);
  const body: DirectoryAccountsResponse = {
    value: { accounts: entry.value.accounts.map(directoryAccountView) },
    etag: etagOf(entry),
    updatedAt: entry.updatedAt,
    updatedBy: entry.updatedBy,
  };
  return HttpResponse.json(body, { status, headers: { ETag: body.etag } });
}

function bump(entry: StoredConfig, ctx: RouteContext<unknown>) {
  entry.revision += 1;
  entry.updatedAt = new Date(ctx.now).toISOString();
  entry.updatedBy = ctx.caller.user.displayName;
}

const findById = (ctx: RouteContext<unknown>) =>
  directoryAccountsEntry(ctx.caller.tenantState).value.accounts.find((a) => a.id === ctx.params.id);

/** What the audit log shows of one account (the view: its password only as "set"). */
const byId = {
  page,
  target: (ctx: RouteContext<unknown>) => {
    const account = findById(ctx);
    return account ? directoryAccountLabel(account) : String(ctx.params.id);
  },
  snapshot: (ctx: RouteContext<unknown>) => {
    const account = findById(ctx);
    return account ? directoryAccountView(account) : null;
  },
};

const refusalResponse = (refusal: NonNullable<ReturnType<typeof directoryAccountRefusal>>) =>
  refusal.field
    ? problem(400, 'Some fields are not valid', {
        code: 'validation',
        errors: { [refusal.field]: [refusal.message] },
      })
    : problem(400, refusal.message, { code: 'limit-reached' });

const notFound = () =>
  problem(404, 'This directory service account no longer exists', {
    code: 'not-found',
    detail: 'Someone may have removed it. Reload to see the current list.',
  });

function passwordOf(
  input: DirectoryAccountUpdate,
  existing: StoredDirectoryAccount | undefined,
  at: string,
) {
  if (input.kind === 'gMSA') return { password: null, passwordUpdatedAt: null };
  if (input.password) return { password: input.password, passwordUpdatedAt: at };
  return {
    password: existing?.password ?? null,
    passwordUpdatedAt: existing?.passwordUpdatedAt ?? null,
  };
}

/**
 * Configuration → Data sources → Directory services. Everyone with a role reads the list;
 * Administrators (`config.dataSources`) add, edit and remove. Every change names the list's
 * version (If-Match): a stale one gets 412.
 */
export const directoryServiceHandlers = [
  apiRoute(
    'get',
    endpoints.directoryServices,
    {
      summary: 'List the directory service accounts (passwords as set/not set)',
      response: { schema: directoryAccountsResponseSchema, etag: true },
    },
    ({ caller }) => listResponse(caller.tenantState),
  ),

  apiRoute(
    'post',
    endpoints.directoryServices,
    {
      summary: 'Add a directory service account',
      permission: 'config.dataSources',
      body: directoryAccountCreateSchema,
      response: { status: 201, schema: directoryAccountsResponseSchema, etag: true },
      ifMatch: 'required',
      errors: {
        400: 'The account already exists, a standard account has no password, or the instance has its 30 accounts (`code`: `limit-reached`).',
      },
      audit: {
        page,
        target: ({ body }) => directoryAccountLabel({ ...body, domain: body.domain.toLowerCase() }),
        snapshot: ({ caller, body }) => {
          const label = directoryAccountLabel(body).toLowerCase();
          const account = directoryAccountsEntry(caller.tenantState).value.accounts.find(
            (a) => directoryAccountLabel(a).toLowerCase() === label,
          );
          return account ? directoryAccountView(account) : null;
        },
      },
    },
    (ctx) => {
      const entry = directoryAccountsEntry(ctx.caller.tenantState);
      const conflict = checkIfMatch(ctx.request, etagOf(entry));
      if (conflict) return conflict;
      const input = { ...ctx.body, domain: ctx.body.domain.toLowerCase() };
      const refusal = directoryAccountRefusal(entry.value.accounts, input);
      if (refusal) return refusalResponse(refusal);
      const at = new Date(ctx.now).toISOString();
      entry.value.accounts.push({
        id: stableId(
          'dsa',
          ctx.caller.tenant.id,
          input.domain,
          input.accountName,
          at,
          entry.revision,
        ),
        kind: input.kind,
        accountName: input.accountName,
        domain: input.domain,
        ...passwordOf(input, undefined, at),
      });
      bump(entry, ctx);
      return listResponse(ctx.caller.tenantState, 201);
    },
  ),

  apiRoute(
    'put',
    endpointPatterns.directoryService,
    {
      summary: 'Change a directory service account',
      permission: 'config.dataSources',
      body: directoryAccountUpdateSchema,
      response: { schema: directoryAccountsResponseSchema, etag: true },
      ifMatch: 'required',
      errors: {
        400: 'Another account has the same name and domain.',
        404: 'The account no longer exists (`code`: `not-found`).',
      },
      audit: byId,
    },
    (ctx) => {
      const entry = directoryAccountsEntry(ctx.caller.tenantState);
      const conflict = checkIfMatch(ctx.request, etagOf(entry));
      if (conflict) return conflict;
      const existing = findById(ctx);
      if (!existing) return notFound();
      const input = { ...ctx.body, domain: ctx.body.domain.toLowerCase() };
      const refusal = directoryAccountRefusal(entry.value.accounts, input, existing.id);
      if (refusal) return refusalResponse(refusal);
      const secret = passwordOf(input, existing, new Date(ctx.now).toISOString());
      if (input.kind === 'Standard account' && secret.password === null) {
        return problem(400, 'Some fields are not valid', {
          code: 'validation',
          errors: { password: ['Enter the account’s password'] },
        });
      }
      Object.assign(existing, {
        kind: input.kind,
        accountName: input.accountName,
        domain: input.domain,
        ...secret,
      });
      bump(entry, ctx);
      return listResponse(ctx.caller.tenantState);
    },
  ),

  apiRoute(
    'delete',
    endpointPatterns.directoryService,
    {
      summary: 'Remove a directory service account',
      permission: 'config.dataSources',
      response: { schema: directoryAccountsResponseSchema, etag: true },
      ifMatch: 'required',
      errors: { 404: 'The account no longer exists (`code`: `not-found`).' },
      audit: byId,
    },
    (ctx) => {
      const entry = directoryAccountsEntry(ctx.caller.tenantState);
      const conflict = checkIfMatch(ctx.request, etagOf(entry));
      if (conflict) return conflict;
      const existing = findById(ctx);
      if (!existing) return notFound();
      entry.value.accounts = entry.value.accounts.filter((a) => a !== existing);
      bump(entry, ctx);
      return listResponse(ctx.caller.tenantState);
    },
  ),
];
