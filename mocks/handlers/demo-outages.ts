import { http, HttpResponse } from 'msw';
import {
  demoOutageListSchema,
  demoOutageRequestSchema,
  type DemoOutage,
} from '../../src/api/contracts/demo-outages';
import { endpointPatterns, endpoints } from '../../src/api/endpoints';
import { tenantIds } from '../identity/directory';
import { tenantSensors } from '../store/sensor-records';
import { store } from '../store/store';
import { stableId } from '../world/hash';
import { demoControl } from './demo';
import { parseRequest, fieldErrors, problem } from './problem';
import { documented } from './route-doc';

/** The demo tenant (the scenarios describe Contoso's deployment). */
function contoso() {
  const tenant = store.state.directory.tenants.find((t) => t.id === tenantIds.contoso);
  const tenantState = store.state.tenants[tenantIds.contoso];
  if (!tenant || !tenantState) throw new Error('The demo has no Contoso tenant');
  return { tenant, tenantState };
}

function outageList(): { items: DemoOutage[] } {
  const { tenant, tenantState } = contoso();
  const names = new Map(
    tenantSensors(store.state, tenant, tenantState, store.now()).map((s) => [s.id, s.name]),
  );
  const items = (tenantState.outages ?? [])
    .filter((o) => o.endedAt === null && names.has(o.sensorId))
    .map((o) => ({
      sensorId: o.sensorId,
      sensorName: names.get(o.sensorId) ?? '',
      since: new Date(o.startedAt).toISOString(),
    }));
  return { items };
}

/** Starts an outage of a running sensor at simulated now (or `minutesAgo` before it). */
export function startOutage(sensorId: string, minutesAgo = 0): Response | null {
  const { tenant, tenantState } = contoso();
  const now = store.now();
  const sensor = tenantSensors(store.state, tenant, tenantState, now).find(
    (s) => s.id === sensorId,
  );
  if (!sensor) return problem(404, 'Sensor not found', { code: 'not-found' });
  const outages = (tenantState.outages ??= []);
  if (
    sensor.serviceStatus !== 'Running' ||
    outages.some((o) => o.sensorId === sensorId && o.endedAt === null)
  ) {
    return problem(409, 'Only a running sensor can be made to stop communicating', {
      code: 'not-running',
    });
  }
  outages.push({
    id: stableId('outage', sensorId, now, outages.length),
    sensorId,
    startedAt: now - minutesAgo * 60_000,
    endedAt: null,
  });
  return null;
}

/**
 * Demo menu → Simulate sensor outage: the sensor stops communicating at simulated now; after 5
 * minutes "Sensor stopped communicating" opens, after 10 the sensor is Disconnected; ending the
 * outage resolves the issue. No token, like every demo control.
 */
export const demoOutageHandlers = [
  documented(
    http.get(endpoints.demo.outages, async () => {
      await store.refresh();
      return HttpResponse.json(outageList());
    }),
    demoControl('The simulated sensor outages of the demo tenant', {
      response: demoOutageListSchema,
    }),
  ),

  documented(
    http.post(endpoints.demo.outages, async ({ request }) => {
      const parsed = parseRequest(demoOutageRequestSchema, await request.json().catch(() => null));
      if (!parsed.success) {
        return problem(400, 'Some fields are not valid', {
          code: 'validation',
          errors: fieldErrors(parsed.error.issues),
        });
      }
      await store.refresh();
      const refusal = startOutage(parsed.data.sensorId);
      if (refusal) return refusal;
      await store.save();
      return HttpResponse.json(outageList(), { status: 201 });
    }),
    demoControl('Make a running sensor stop communicating', {
      body: demoOutageRequestSchema,
      response: { status: 201, schema: demoOutageListSchema },
      errors: {
        404: 'No such sensor in the demo tenant (`code`: `not-found`).',
        409: 'The sensor is not running, or already in an outage (`code`: `not-running`).',
      },
    }),
  ),

  documented(
    http.delete(endpointPatterns.demoOutage, async ({ params }) => {
      await store.refresh();
      const outage = contoso().tenantState.outages?.find(
        (o) => o.sensorId === params.sensorId && o.endedAt === null,
      );
      if (!outage) return problem(404, 'This sensor is not in an outage', { code: 'not-found' });
      outage.endedAt = store.now();
      await store.save();
      return HttpResponse.json(outageList());
    }),
    demoControl('End a sensor’s simulated outage', {
      response: demoOutageListSchema,
      errors: { 404: 'The sensor is not in an outage (`code`: `not-found`).' },
    }),
  ),
];
