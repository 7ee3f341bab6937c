import type { RequestHandler } from 'msw';
import type * as z from 'zod/mini';
import { rolePermissions, type Permission } from '../../src/api/contracts/permissions';
import { permissionLabels } from '../../src/api/contracts/permission-labels';
import { problemSchema } from '../../src/api/contracts/problem';
import { ACCESS_KEY_HEADER } from '../../src/api/contracts/sensor-setup';
import { roleSchema, type Role } from '../../src/api/contracts/vocabulary';
import { responseDocOf, routeDocOf, type RouteDoc } from '../handlers/route-doc';
import { inputSchema, outputComponents, type JsonSchema } from './contract-schemas';

/** A route of the mock backend's API, as the OpenAPI document lists it. */
export interface DocumentedRoute {
  method: string;
  /** MSW pattern: /api/sensors/:sensorId */
  path: string;
  doc: RouteDoc;
}

/** /api/sensors/… → sensors, /api/openapi.json → openapi */
const tagOf = (path: string) => path.split('/')[2]!.replace(/\.json$/, '');

const methodOrder = ['get', 'post', 'put', 'patch', 'delete'];

/**
 * The /api routes among the handlers, each with its documentation. A route under /api that was not
 * declared with `apiRoute()` or `documented()` is an error: the document must list every route.
 */
export function documentedRoutes(handlers: readonly RequestHandler[]): DocumentedRoute[] {
  const routes: DocumentedRoute[] = [];
  for (const handler of handlers) {
    const info = handler.info as { method?: unknown; path?: unknown };
    if (typeof info.path !== 'string' || !info.path.startsWith('/api/')) continue;
    const method = String(info.method).toLowerCase();
    const doc = routeDocOf(handler as Parameters<typeof routeDocOf>[0]);
    if (!doc) {
      throw new Error(
        `${method.toUpperCase()} ${info.path} has no documentation: declare it with apiRoute() (mocks/handlers/api-route.ts) or wrap it in documented() (mocks/handlers/route-doc.ts).`,
      );
    }
    routes.push({ method, path: info.path, doc });
  }
  return routes.sort(
    (a, b) =>
      a.path.localeCompare(b.path) || methodOrder.indexOf(a.method) - methodOrder.indexOf(b.method),
  );
}

/** /api/sensors/:sensorId → /api/sensors/{sensorId} */
export const openApiPath = (pattern: string) => pattern.replace(/:(\w+)/g, '{$1}');

/** GET /api/sensors/:sensorId/history → getSensorsBySensorIdHistory */
function operationId(method: string, path: string) {
  const words = path
    .replace(/^\/api\//, '')
    .split(/[/.-]/)
    .filter(Boolean)
    .map((part) => (part.startsWith(':') ? `by-${part.slice(1)}` : part));
  const camel = words
    .join('-')
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
  return method + camel;
}

const rolesWith = (permission: Permission): Role[] =>
  roleSchema.options.filter((role) => rolePermissions[role].includes(permission));

function rolesText(doc: RouteDoc): { roles: Role[] | null; text: string } {
  if (doc.auth === 'access-key')
    return {
      roles: null,
      text: `Called by a sensor with the instance's access key in the \`${ACCESS_KEY_HEADER}\` header, not by a user: no role applies.`,
    };
  if (doc.auth === 'none')
    return { roles: null, text: 'Needs no credential: any caller may use it.' };
  if (doc.allowNoRole)
    return {
      roles: null,
      text: 'Any signed-in user of the tenant, with or without a role in the instance.',
    };
  if (doc.permission) {
    const roles = rolesWith(doc.permission);
    return {
      roles,
      text: `Permission \`${doc.permission}\` (“${permissionLabels[doc.permission]}”), held by: ${roles.join(', ')}.`,
    };
  }
  const roles = [...roleSchema.options];
  return { roles, text: `Any role in the instance: ${roles.join(', ')}.` };
}

/** A field of the request to show in the 400 example: its first property, or the whole value. */
function exampleField(schema: z.ZodMiniType) {
  const properties = inputSchema(schema).properties;
  const first =
    properties && typeof properties === 'object' ? Object.keys(properties)[0] : undefined;
  return first ?? '_';
}

const problemContent = (ref: string, example?: Record<string, unknown>) => ({
  'application/problem+json': { schema: { $ref: ref }, ...(example ? { example } : {}) },
});

function errorResponses(doc: RouteDoc, problemRef: string) {
  const said: Record<number, string[]> = {};
  const examples: Record<number, Record<string, unknown>> = {};
  const add = (status: number, text: string) => (said[status] ??= []).push(text);
  const bearer = doc.auth === 'bearer';

  const input = doc.body ?? doc.query;
  if (input) {
    const what = doc.body
      ? doc.query
        ? 'search parameters or the body break'
        : 'body breaks'
      : 'search parameters break';
    add(
      400,
      `The ${what} the contract (\`code\`: \`validation\`${doc.body ? '; a body that is not JSON: `invalid-json`' : ''}): \`errors\` maps each field's dot-separated path to its messages.`,
    );
    examples[400] = {
      type: 'about:blank',
      title: doc.body ? 'Some fields are not valid' : 'The query is not valid',
      status: 400,
      code: 'validation',
      errors: { [exampleField(input)]: ['Invalid input'] },
    };
  }
  if (bearer) {
    add(
      401,
      'No valid access token: missing, expired, badly signed, for another audience, or for an unknown user (`code`: `missing-token`, `unknown-user`, `token-…`). The `WWW-Authenticate` header says `Bearer error="invalid_token"`.',
    );
    if (!doc.allowNoRole) {
      add(
        403,
        'The caller has no role in the instance (`code`: `no-role`, `missingPermission`: `login`).',
      );
    }
    if (doc.permission) {
      add(
        403,
        `The caller's role lacks \`${doc.permission}\` (\`code\`: \`forbidden\`, \`missingPermission\`: \`${doc.permission}\`).`,
      );
      examples[403] = {
        type: 'about:blank',
        title: 'Your role doesn’t allow this',
        status: 403,
        code: 'forbidden',
        detail: `Requires the permission “${permissionLabels[doc.permission]}”, which the Viewer role doesn’t have.`,
        missingPermission: doc.permission,
      };
    }
    if (doc.requiresInstance)
      add(404, 'The tenant has no instance yet (`code`: `instance-not-found`).');
  }
  if (doc.ifMatch === 'required') {
    add(428, 'The request has no `If-Match` header (`code`: `if-match-required`).');
  }
  if (doc.ifMatch) {
    add(
      412,
      'The `If-Match` version is not the current one: someone changed the resource since (`code`: `version-conflict`). The `ETag` header carries the current version.',
    );
  }
  for (const [status, text] of Object.entries(doc.errors ?? {})) {
    if (text) add(Number(status), text);
  }
  if (doc.faults) {
    add(
      500,
      'Injected failure: the Demo menu’s error rate, or a test’s `failNext` (`code`: `injected-fault`). Latency and offline mode are injected too; offline answers a network error, not a response.',
    );
  }

  const responses: Record<string, unknown> = {};
  for (const status of Object.keys(said)
    .map(Number)
    .sort((a, b) => a - b)) {
    responses[String(status)] = {
      description: said[status]!.join(' Or: '),
      ...(status === 401 && bearer
        ? { headers: { 'WWW-Authenticate': { schema: { type: 'string' } } } }
        : {}),
      ...(status === 412 ? { headers: { ETag: etagHeader } } : {}),
      content: problemContent(problemRef, examples[status]),
    };
  }
  return responses;
}

const etagHeader = {
  description: 'The current version of the resource; send it back as `If-Match` to change it.',
  schema: { type: 'string' },
};

function parameters(route: DocumentedRoute) {
  const list: Record<string, unknown>[] = [];
  for (const [, name] of route.path.matchAll(/:(\w+)/g)) {
    list.push({ name, in: 'path', required: true, schema: { type: 'string' } });
  }
  if (route.doc.query) {
    const query = inputSchema(route.doc.query);
    const properties = (query.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((query.required ?? []) as string[]);
    for (const [name, schema] of Object.entries(properties)) {
      list.push({ name, in: 'query', required: required.has(name), schema });
    }
  }
  if (route.doc.ifMatch) {
    list.push({
      name: 'If-Match',
      in: 'header',
      required: route.doc.ifMatch === 'required',
      description: 'The version (`ETag`) the change is based on.',
      schema: { type: 'string' },
    });
  }
  return list;
}

/**
 * The OpenAPI 3.1 document of the mock backend's API, generated from the routes' declarations and
 * the zod contracts. docs/openapi.json is this, checked in; the demo serves it at
 * GET /api/openapi.json.
 */
export function buildOpenApiDocument(handlers: readonly RequestHandler[]) {
  const routes = documentedRoutes(handlers);

  const responseNames = new Map<z.ZodMiniType, string>();
  const roots: z.ZodMiniType[] = [problemSchema];
  for (const route of routes) {
    const schema = responseDocOf(route.doc)?.schema;
    if (!schema) continue;
    roots.push(schema);
    const id = operationId(route.method, route.path);
    if (!responseNames.has(schema))
      responseNames.set(schema, `${id.charAt(0).toUpperCase()}${id.slice(1)}Response`);
  }
  const { components, nameOf, ref } = outputComponents(responseNames, roots);
  const problemRef = ref(nameOf(problemSchema));

  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const { doc } = route;
    const success = responseDocOf(doc) ?? {};
    const status = success.status ?? 200;
    const contentType = success.contentType ?? 'application/json';
    const { roles, text } = rolesText(doc);
    const description = [
      doc.description,
      `**Who may call it.** ${text}`,
      doc.demoOnly &&
        (doc.auth === 'none'
          ? '**Demo builds only.** The Demo menu’s control: no real service has it, it needs no token and injected faults don’t apply.'
          : '**Demo builds only.** Shows what the demo’s service did; no real service has it.'),
    ]
      .filter(Boolean)
      .join('\n\n');
    const parameterList = parameters(route);
    (paths[openApiPath(route.path)] ??= {})[route.method] = {
      operationId: operationId(route.method, route.path),
      summary: doc.summary ?? `${route.method.toUpperCase()} ${route.path}`,
      description,
      tags: [tagOf(route.path)],
      security:
        doc.auth === 'bearer'
          ? [{ entraIdToken: [] }]
          : doc.auth === 'access-key'
            ? [{ sensorAccessKey: [] }]
            : [],
      'x-vigil-permission': doc.permission ?? null,
      'x-vigil-roles': roles,
      ...(parameterList.length ? { parameters: parameterList } : {}),
      ...(doc.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: inputSchema(doc.body) } },
            },
          }
        : {}),
      responses: {
        [String(status)]: {
          description: success.description ?? (status === 204 ? 'Done; no body.' : 'Success.'),
          ...(success.etag ? { headers: { ETag: etagHeader } } : {}),
          ...(status === 204
            ? {}
            : {
                content: {
                  [contentType]: success.schema
                    ? { schema: { $ref: ref(nameOf(success.schema)) } }
                    : {},
                },
              }),
        },
        ...errorResponses(doc, problemRef),
      },
    };
  }

  return {
    openapi: '3.1.1',
    info: {
      title: 'Vigil API',
      version: '1',
      summary: 'The API of the Vigil portal, as its mock backend implements it.',
      description: [
        'Generated from the zod contracts (`src/api/contracts`) and the mock backend’s route declarations (`apiRoute()`); regenerate with `npm run openapi`.',
        'Errors are RFC 9457 problem details (`application/problem+json`). Every route that needs a token checks, in this order: injected faults (500) → token (401) → role and permission (403, `missingPermission` names what is missing) → instance (404) → search parameters and body (400, field errors) → the route itself (404, 409, 412/428 …).',
        'Roles: each operation names the permission it needs (`x-vigil-permission`, from `src/api/contracts/permissions.ts`) and the roles that hold it (`x-vigil-roles`).',
      ].join('\n\n'),
    },
    servers: [
      {
        url: '/',
        description:
          'The origin that serves the portal (in the demo, the mock backend running in the page)',
      },
    ],
    tags: [...new Set(routes.map((r) => tagOf(r.path)))].sort().map((name) => ({ name })),
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        entraIdToken: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'An Entra ID access token for the scope `api://vigil/access_as_user` (MSAL, authorization code with PKCE). The service takes the tenant (`tid`) and the user (`oid`) from it and resolves the role from the directory on each request.',
        },
        sensorAccessKey: {
          type: 'apiKey',
          in: 'header',
          name: ACCESS_KEY_HEADER,
          description:
            'The instance’s sensor access key (Configuration → Sensors → Add sensor). Regenerating it makes the old one fail (401).',
        },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
