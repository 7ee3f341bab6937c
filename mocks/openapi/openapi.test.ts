import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { endpoints } from '../../src/api/endpoints';
import { handlers } from '../handlers';
import { responseDocOf } from '../handlers/route-doc';
import { callApi } from '../testing/api-client';
import { buildOpenApiDocument, documentedRoutes, openApiPath } from './document';
import { openApiValidator } from './openapi-validator';

// Vitest runs from the repository's root (its config's folder).
const file = resolve(process.cwd(), 'docs/openapi.json');
const regenerate = 'npm run openapi';
const document = buildOpenApiDocument(handlers);
const text = `${JSON.stringify(document, null, 2)}\n`;

/** (method, OpenAPI path) of every /api route the mock backend serves, read off MSW's handlers. */
const served = handlers
  .map((handler) => handler.info as { method?: unknown; path?: unknown })
  .filter((info) => typeof info.path === 'string' && info.path.startsWith('/api/'))
  .map((info) => `${String(info.method).toUpperCase()} ${openApiPath(String(info.path))}`);

const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({
    key: `${method.toUpperCase()} ${path}`,
    method,
    path,
    op: op as {
      security: unknown[];
      'x-vigil-permission': string | null;
      'x-vigil-roles': string[] | null;
      responses: Record<string, unknown>;
    },
  })),
);

describe('docs/openapi.json', () => {
  it('is what the contracts and the routes generate', () => {
    if (process.env.UPDATE_OPENAPI) writeFileSync(file, text);
    let checkedIn = '';
    try {
      checkedIn = readFileSync(file, 'utf8');
    } catch {
      // compared below as empty
    }
    expect(
      checkedIn,
      `docs/openapi.json is out of date with the contracts and the mock routes. Regenerate it with \`${regenerate}\` and commit it.`,
    ).toBe(text);
  });

  it('is a valid OpenAPI 3.1 document whose schemas are valid JSON Schema 2020-12', async () => {
    const result = await new Validator().validate(structuredClone(document));
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 2)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toMatch(/^3\.1\./);
    // Compiling every component checks it against the 2020-12 meta-schema.
    expect(() => openApiValidator(document)).not.toThrow();
  });
});

describe('the validator the contract guard uses', () => {
  const validate = openApiValidator(document);

  it('accepts what the contract accepts and refuses the rest', async () => {
    const list = await callApi('admin@contoso.com', endpoints.sensors);
    expect(validate('GET', endpoints.sensors, 200, list.body)).toEqual([]);
    expect(
      validate('GET', endpoints.sensors, 200, { ...(list.body as object), extra: 1 }),
    ).not.toEqual([]);
    expect(validate('GET', endpoints.sensors, 200, { items: [{}], total: 1 })).not.toEqual([]);
    expect(validate('GET', endpoints.sensors, 418, {})).toEqual([
      'GET /api/sensors does not document the status 418',
    ]);
    expect(validate('GET', '/api/nothing', 200, {})).toEqual([
      'GET /api/nothing is not in the document',
    ]);
  });

  it('finds the operation of a concrete path', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Sensor not found',
      status: 404,
      code: 'not-found',
    };
    expect(validate('GET', `${endpoints.sensor('abc')}?x=1`, 404, problem)).toEqual([]);
    expect(validate('GET', endpoints.sensor('abc'), 404, { title: 1 })).not.toEqual([]);
  });
});

describe('the routes in the document', () => {
  it('are exactly the routes the mock backend serves', () => {
    expect(new Set(served).size, 'a route is registered twice').toBe(served.length);
    expect(operations.map((o) => o.key).sort()).toEqual([...served].sort());
  });

  it('each say what they do and what they answer', () => {
    const missing = documentedRoutes(handlers)
      .filter((route) => !route.doc.summary || !responseDocOf(route.doc))
      .map((route) => `${route.method.toUpperCase()} ${route.path}`);
    expect(
      missing,
      'Give these routes a `summary` and a `response` (the contract of the answer) in apiRoute()',
    ).toEqual([]);
    for (const route of documentedRoutes(handlers)) {
      const response = responseDocOf(route.doc)!;
      const json = (response.contentType ?? 'application/json') === 'application/json';
      if (json && response.status !== 204)
        expect(
          response.schema,
          `${route.method} ${route.path} answers JSON without a contract`,
        ).toBeDefined();
    }
  });

  it('name the permission the backend enforces, and the roles that hold it', async () => {
    const withPermission = operations.filter((o) => o.op['x-vigil-permission']);
    expect(withPermission.length).toBeGreaterThan(10);
    for (const { key, method, path, op } of withPermission) {
      const url = path.replace(/\{\w+\}/g, 'x');
      for (const [upn, role] of [
        ['viewer@contoso.com', 'Viewer'],
        ['analyst@contoso.com', 'User'],
      ] as const) {
        if (op['x-vigil-roles']!.includes(role)) continue;
        const response = await callApi(upn, url, { method: method.toUpperCase() });
        expect(response.status, `${key} as ${role}`).toBe(403);
        expect(response.body).toMatchObject({ missingPermission: op['x-vigil-permission'] });
        expect(op.responses['403'], `${key} documents its 403`).toBeDefined();
      }
    }
  });

  it('answer 401 without a token where they document a bearer token', async () => {
    const bearer = operations.filter((o) => JSON.stringify(o.op.security).includes('entraIdToken'));
    expect(bearer.length).toBeGreaterThan(20);
    for (const { key, method, path, op } of bearer) {
      const response = await callApi(null, path.replace(/\{\w+\}/g, 'x'), {
        method: method.toUpperCase(),
      });
      expect(response.status, key).toBe(401);
      expect(op.responses['401'], `${key} documents its 401`).toBeDefined();
    }
  });

  it('is served by the mock backend at /api/openapi.json', async () => {
    const response = await callApi(null, endpoints.openApi);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('application/vnd.oai.openapi+json');
    expect(response.body).toEqual(JSON.parse(text));
  });
});
