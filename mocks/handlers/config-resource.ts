import { HttpResponse } from 'msw';
import type * as z from 'zod/mini';
import type { Versioned } from '../../src/api/contracts/config';
import type { Permission } from '../../src/api/contracts/permissions';
import { endpoints } from '../../src/api/endpoints';
import type { StoredConfig, TenantState } from '../store/state';
import { apiRoute, checkIfMatch, type Caller, type RouteContext } from './api-route';
import type { RouteDoc } from './route-doc';

/**
 * A versioned configuration resource (one settings page): GET answers the value and its ETag,
 * PUT validates with the contract, checks If-Match (412, saying who saved the current version
 * and when), applies, bumps the version and is
 * audited. Define one with `defineConfigResource` and register its `handlers`.
 */
export interface ConfigResource<Input, Stored, Output> {
  /** URL segment: /api/config/<name>. */
  name: string;
  /** Audit-log page name. */
  page: string;
  /** Permission needed to change it (reading needs only a role). */
  updatePermission: Permission;
  /** Extra refusal beyond the role (e.g. directory-role-only settings). */
  authorize?: (caller: Caller) => Response | undefined;
  input: z.ZodMiniType<Input>;
  /** The contract of GET and PUT answers: `versioned(<the view's schema>)`. */
  response: z.ZodMiniType<Versioned<Output>>;
  /** Refusals of PUT beyond the contract and the role, by status (documentation). */
  errors?: RouteDoc['errors'];
  defaults: (caller: Caller) => Stored;
  /** Runs once a change is accepted, before it is applied (the outbox sends what was due). */
  beforeChange?: (ctx: RouteContext<Input>) => Promise<void>;
  /** New stored value from the current one and the input; a Response refuses the change. */
  apply: (current: Stored, input: Input, ctx: RouteContext<Input>) => Stored | Response;
  /** What responses (and the audit log) show: never a secret's value. */
  view: (stored: Stored) => Output;
}

function entry<Stored>(
  tenantState: TenantState,
  name: string,
  defaults: () => Stored,
): StoredConfig {
  return (tenantState.config[name] ??= {
    value: defaults(),
    revision: 0,
    updatedAt: null,
    updatedBy: null,
    updatedById: null,
  });
}

export const etagOf = (config: StoredConfig) => `W/"${config.revision}"`;

export function readConfig<Input, Stored, Output>(
  def: ConfigResource<Input, Stored, Output>,
  caller: Caller,
): { stored: Stored; config: StoredConfig } {
  const config = entry(caller.tenantState, def.name, () => def.defaults(caller));
  return { stored: config.value as Stored, config };
}

function respond<Output>(config: StoredConfig, view: Output) {
  const body: Versioned<Output> = {
    value: view,
    etag: etagOf(config),
    updatedAt: config.updatedAt,
    updatedBy: config.updatedBy,
  };
  return HttpResponse.json(body, { headers: { ETag: body.etag } });
}

export function defineConfigResource<Input, Stored, Output>(
  def: ConfigResource<Input, Stored, Output>,
) {
  const path = endpoints.config(def.name);
  const handlers = [
    apiRoute(
      'get',
      path,
      { summary: `Read the ${def.page} settings`, response: { schema: def.response, etag: true } },
      ({ caller }) => {
        const { stored, config } = readConfig(def, caller);
        return respond(config, def.view(stored));
      },
    ),
    apiRoute(
      'put',
      path,
      {
        summary: `Change the ${def.page} settings`,
        permission: def.updatePermission,
        body: def.input,
        response: { schema: def.response, etag: true },
        ifMatch: 'required',
        errors: def.errors,
        audit: {
          page: def.page,
          target: () => def.page,
          snapshot: ({ caller }) => def.view(readConfig(def, caller).stored),
        },
      },
      async (ctx) => {
        const refused = def.authorize?.(ctx.caller);
        if (refused) return refused;
        const { stored, config } = readConfig(def, ctx.caller);
        const conflict = checkIfMatch(ctx.request, etagOf(config), {
          updatedAt: config.updatedAt,
          updatedBy: config.updatedBy,
          updatedById: config.updatedById ?? null,
        });
        if (conflict) return conflict;
        await def.beforeChange?.(ctx as RouteContext<Input>);
        const next = def.apply(stored, ctx.body as Input, ctx as RouteContext<Input>);
        if (next instanceof Response) return next;
        config.value = next;
        config.revision += 1;
        config.updatedAt = new Date(ctx.now).toISOString();
        config.updatedBy = ctx.caller.user.displayName;
        config.updatedById = ctx.caller.user.id;
        return respond(config, def.view(next));
      },
    ),
  ];
  return { ...def, handlers };
}
