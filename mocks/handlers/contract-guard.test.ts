import { describe, expect, it } from 'vitest';
import { alertPageSchema } from '../../src/api/contracts/alerts';
import { hasPermission } from '../../src/api/contracts/permissions';
import { problemSchema } from '../../src/api/contracts/problem';
import { sensorListSchema } from '../../src/api/contracts/sensors';
import { scenarioNameSchema, type Role } from '../../src/api/contracts/vocabulary';
import { endpointPatterns, endpoints } from '../../src/api/endpoints';
import { givenScenario } from '../configure';
import { buildOpenApiDocument, documentedRoutes } from '../openapi/document';
import { openApiValidator } from '../openapi/openapi-validator';
import { callApi } from '../testing/api-client';
import { demoEntity } from '../testing/demo-entities';
import { handlers } from './index';
import { responseDocOf } from './route-doc';

/**
 * Every read (GET) the mock backend serves, in every scenario, for every role: the answer is what
 * the route declares — its zod contract parses it, and the OpenAPI document's JSON Schema for that
 * status accepts it. The reads come from the routes themselves (`apiRoute()` / `documented()`), so
 * a new endpoint gets the same guarantee without an edit here.
 */
const reads = documentedRoutes(handlers).filter(
  (route) => route.method === 'get' && route.path !== endpoints.openApi,
);
const validate = openApiValidator(buildOpenApiDocument(handlers));

interface Sample {
  sensorId: string;
  alertId: string;
}

/** Values for path parameters; any other parameter gets one that names nothing (404). */
const pathValues: Record<string, (ctx: Sample, path: string) => string> = {
  sensorId: ({ sensorId }) => sensorId,
  reportId: () => 'summary',
  alertId: ({ alertId }) => alertId,
  // A group where the route is about members, a busy server for activities, else a user.
  entityId: (_, path) =>
    demoEntity(
      path === endpointPatterns.entityMembers
        ? 'Domain Admins@0'
        : path.includes('/activit')
          ? 'EXCH01'
          : 'ron',
    ),
};
/** Search parameters a read needs to answer 200 (the others have defaults). */
const queries: Record<string, string> = {
  [endpoints.entitySearch]: '?q=ha',
  [endpointPatterns.entityMemberOf]: '?scope=recursive',
  [endpointPatterns.entityMembers]: '?scope=recursive',
  [endpointPatterns.entityActivitiesExport]: '?from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z',
};
const urlOf = (path: string, ctx: Sample) =>
  path.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(pathValues[name]?.(ctx, path) ?? 'no-such-thing'),
  ) + (queries[path] ?? '');

const accounts: [upn: string, role: Role][] = [
  ['admin@contoso.com', 'Administrator'],
  ['analyst@contoso.com', 'User'],
  ['viewer@contoso.com', 'Viewer'],
];

it('reads every GET route of the backend', () => {
  expect(reads.length).toBeGreaterThan(20);
  expect(reads.map((r) => r.path)).toContain(endpoints.sensors);
});

describe.each(scenarioNameSchema.options)('scenario %s', (scenario) => {
  it.each(accounts)('every read answers its contract for %s', async (upn, role) => {
    await givenScenario(scenario);
    const list = await callApi(upn, endpoints.sensors);
    const sensorId = sensorListSchema.parse(list.body).items[0]?.id ?? 'none';
    const alerts = await callApi(upn, `${endpoints.alerts}?filter=All&limit=1`);
    const alertId = alertPageSchema.parse(alerts.body).items[0]?.id ?? 'none';
    for (const read of reads) {
      const url = urlOf(read.path, { sensorId, alertId });
      const response = await callApi(upn, url).catch(() => null);
      const what = `GET ${url} as ${upn} in ${scenario}`;
      const success = responseDocOf(read.doc)!;
      const isJson = !success.contentType;
      if (!response) {
        // A binary answer (the setup package) isn't JSON; callApi can't read it.
        expect(isJson, `${what} answered something that isn't JSON`).toBe(false);
        continue;
      }
      expect(validate('GET', url, response.status, response.body), what).toEqual([]);
      if (read.doc.permission && !hasPermission(role, read.doc.permission)) {
        expect(response.status, what).toBe(403);
        expect(problemSchema.parse(response.body).missingPermission).toBe(read.doc.permission);
        continue;
      }
      const unnamed = [...read.path.matchAll(/:(\w+)/g)].some(
        ([, name]) =>
          !pathValues[name!] ||
          (name === 'sensorId' && sensorId === 'none') ||
          (name === 'alertId' && alertId === 'none'),
      );
      if (unnamed) {
        expect(response.status, what).toBe(404);
        problemSchema.parse(response.body);
        continue;
      }
      expect(response.status, what).toBe(success.status ?? 200);
      if (success.schema) expect(() => success.schema!.parse(response.body), what).not.toThrow();
    }
  });

  it('answers problem+json for every refusal', async () => {
    await givenScenario(scenario);
    for (const [upn, path, status] of [
      [null, endpoints.sensors, 401],
      ['guest@contoso.com', endpoints.sensors, 403],
      ['admin@fabrikam.com', endpoints.sensors, 404],
      ['admin@fabrikam.com', endpoints.entity(demoEntity('ron')), 404],
      ['guest@contoso.com', endpoints.entity(demoEntity('ron')), 403],
      ['viewer@contoso.com', endpoints.entity('u999999999-none'), 404],
    ] as const) {
      const response = await callApi(upn, path);
      expect(response.status).toBe(status);
      expect(response.headers.get('Content-Type')).toContain('application/problem+json');
      expect(() => problemSchema.parse(response.body)).not.toThrow();
      expect(validate('GET', path, status, response.body)).toEqual([]);
    }
  });
});
