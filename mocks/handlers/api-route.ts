import { http, type DefaultBodyType, type PathParams } from 'msw';
import type * as z from 'zod/mini';
import type { Permission } from '../../src/api/contracts/permissions';
import type { CurrentVersion } from '../../src/api/contracts/problem';
import { hasPermission } from '../../src/api/contracts/permissions';
import type { Role } from '../../src/api/contracts/vocabulary';
import type { DirectoryTenant, DirectoryUser } from '../identity/directory';
import { resolveRole } from '../identity/roles';
import { TokenError, verifyAccessToken } from '../identity/tokens';
import { applyFaults } from '../faults';
import { store } from '../store/store';
import { emptyTenantState, type TenantState } from '../store/state';
import { parseRequest, fieldErrors, problem } from './problem';
import { recordAudit, type AuditSpec } from '../audit/record';
import { permissionLabels } from '../../src/api/contracts/permission-labels';
import { documented, type RouteDoc } from './route-doc';

export interface Caller {
  user: DirectoryUser;
  tenant: DirectoryTenant;
  role: Role | null;
  roleSource: string | null;
  tenantState: TenantState;
}

export interface RouteContext<Body, Query = undefined> {
  request: Request;
  params: PathParams;
  body: Body;
  /** The search parameters, parsed with the route's `query` schema (empty values left out). */
  query: Query;
  caller: Caller;
  now: number;
}

type Parsed<Schema> = Schema extends z.ZodMiniType ? z.infer<Schema> : undefined;

/**
 * `summary`, `response`, `ifMatch` and `errors` only document the route (docs/openapi.json,
 * GET /api/openapi.json); `permission`, `query` and `body` are enforced and documented.
 */
interface RouteOptions<
  Schema extends z.ZodMiniType | undefined,
  Query extends z.ZodMiniObject | undefined,
> extends Pick<
  RouteDoc,
  'summary' | 'description' | 'response' | 'ifMatch' | 'errors' | 'demoOnly'
> {
  /** Mutating endpoints of configuration pages declare this and are audited automatically. */
  audit?: AuditSpec<RouteContext<Parsed<Schema>, Parsed<Query>>>;
  /** Permission the caller's role must grant. Omit for endpoints every signed-in user may call. */
  permission?: Permission;
  /** The tenant must have an instance (default true). */
  requiresInstance?: boolean;
  /** Callers without a role may call it (only /api/me). */
  allowNoRole?: boolean;
  body?: Schema;
  /** Search parameters: parsed like the body (400 with field errors), handed over as `query`. */
  query?: Query;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * One /api endpoint of the mock backend. Every endpoint goes through the same checks, in the order
 * a real service applies them: faults → token (401) → tenant → role (403) → instance (404) →
 * body (400) → handler. Handlers only contain what is specific to them.
 */
export function apiRoute<
  Schema extends z.ZodMiniType | undefined = undefined,
  Query extends z.ZodMiniObject | undefined = undefined,
>(
  method: Method,
  path: string,
  options: RouteOptions<Schema, Query>,
  resolve: (ctx: RouteContext<Parsed<Schema>, Parsed<Query>>) => Response | Promise<Response>,
) {
  const { summary, description, response, ifMatch, errors, demoOnly } = options;
  const { permission, allowNoRole, requiresInstance, body, query } = options;
  return documented(handle(method, path, options, resolve), {
    summary,
    description,
    auth: 'bearer',
    permission,
    allowNoRole,
    requiresInstance: requiresInstance ?? true,
    query,
    body,
    response,
    ifMatch,
    errors,
    faults: true,
    ...(demoOnly ? { demoOnly } : {}),
  });
}

function handle<
  Schema extends z.ZodMiniType | undefined,
  Query extends z.ZodMiniObject | undefined,
>(
  method: Method,
  path: string,
  options: RouteOptions<Schema, Query>,
  resolve: (ctx: RouteContext<Parsed<Schema>, Parsed<Query>>) => Response | Promise<Response>,
) {
  return http[method]<PathParams, DefaultBodyType>(path, async ({ request, params }) => {
    await store.refresh();
    const faulted = await applyFaults(request, store.state.faults);
    if (faulted) return faulted;

    const caller = await authenticate(request);
    if (caller instanceof Response) return caller;

    if (!caller.role && !options.allowNoRole) {
      return problem(403, 'You don’t have access to this instance', {
        code: 'no-role',
        detail: 'Ask an administrator to add you to one of the instance’s role groups.',
        missingPermission: 'login',
      });
    }
    if (options.permission && !hasPermission(caller.role, options.permission)) {
      return problem(403, 'Your role doesn’t allow this', {
        code: 'forbidden',
        detail: `Requires the permission “${permissionLabels[options.permission]}”, which the ${caller.role ?? 'no'} role doesn’t have.`,
        missingPermission: options.permission,
      });
    }
    if ((options.requiresInstance ?? true) && !caller.tenantState.instance) {
      return problem(404, 'This tenant has no instance', { code: 'instance-not-found' });
    }

    let query: unknown = undefined;
    if (options.query) {
      const search = new URL(request.url).searchParams;
      const raw = Object.fromEntries([...search].filter(([, value]) => value !== ''));
      const parsed = parseRequest(options.query, raw);
      if (!parsed.success) {
        return problem(400, 'The query is not valid', {
          code: 'validation',
          errors: fieldErrors(parsed.error.issues),
        });
      }
      query = parsed.data;
    }
    let body: unknown = undefined;
    if (options.body) {
      let raw: unknown;
      try {
        raw = await request.json();
      } catch {
        return problem(400, 'The request body is not valid JSON', { code: 'invalid-json' });
      }
      const parsed = parseRequest(options.body, raw);
      if (!parsed.success) {
        return problem(400, 'Some fields are not valid', {
          code: 'validation',
          errors: fieldErrors(parsed.error.issues),
        });
      }
      body = parsed.data;
    }
    const ctx = {
      request,
      params,
      body: body as Parsed<Schema>,
      query: query as Parsed<Query>,
      caller,
      now: store.now(),
    };
    const audit = options.audit;
    if (!audit) return resolve(ctx);

    const before: unknown = structuredClone(audit.snapshot(ctx));
    const target = audit.target(ctx);
    const response = await resolve(ctx);
    if (response.ok) {
      const { user } = caller;
      recordAudit(
        caller.tenantState,
        {
          at: new Date(ctx.now).toISOString(),
          actor: { id: user.id, displayName: user.displayName, upn: user.upn },
          page: audit.page,
          target,
        },
        before,
        audit.snapshot(ctx),
      );
      await store.save();
    }
    return response;
  });
}

/**
 * Optimistic concurrency: a change must name the version it was based on (If-Match). Returns the
 * refusal to send, or undefined when the caller's version is current.
 * 428 without If-Match, 412 when it names another version than `currentEtag`; `changed` (who saved
 * the current version, when) goes into the 412 so the client can say who it was.
 */
export function checkIfMatch(
  request: Request,
  currentEtag: string,
  changed?: Omit<CurrentVersion, 'etag'>,
): Response | undefined {
  const ifMatch = request.headers.get('If-Match');
  if (!ifMatch) {
    return problem(428, 'This change must say which version it is based on', {
      code: 'if-match-required',
    });
  }
  if (ifMatch !== currentEtag) {
    return problem(
      412,
      'Someone else changed this since you opened it',
      {
        code: 'version-conflict',
        detail: 'Reload to see their changes, then apply yours again.',
        ...(changed && { currentVersion: { etag: currentEtag, ...changed } }),
      },
      { ETag: currentEtag },
    );
  }
  return undefined;
}

async function authenticate(request: Request): Promise<Caller | Response> {
  const header = request.headers.get('Authorization') ?? '';
  const match = /^Bearer (.+)$/.exec(header);
  const challenge = { 'WWW-Authenticate': 'Bearer error="invalid_token"' };
  if (!match?.[1]) {
    return problem(401, 'Sign in to continue', { code: 'missing-token' }, challenge);
  }
  const { directory } = store.state;
  try {
    const claims = await verifyAccessToken(match[1], { directory });
    const user = directory.users.find((u) => u.id === claims.oid && u.tenantId === claims.tid);
    const tenant = directory.tenants.find((t) => t.id === claims.tid);
    if (!user || !tenant)
      return problem(401, 'Sign in to continue', { code: 'unknown-user' }, challenge);
    const tenantState = (store.state.tenants[tenant.id] ??= emptyTenantState());
    const { role, source } = resolveRole(directory, user, tenantState.instance);
    return { user, tenant, role, roleSource: source, tenantState };
  } catch (error) {
    if (error instanceof TokenError) {
      return problem(
        401,
        'Your session is not valid',
        { code: `token-${error.reason}` },
        challenge,
      );
    }
    throw error;
  }
}
