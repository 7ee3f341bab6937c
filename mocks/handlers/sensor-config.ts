import { HttpResponse } from 'msw';
import {
  delayedUpdateRequestSchema,
  delayedUpdateResultSchema,
  sensorHistorySchema,
  sensorSchema,
  sensorUpdateSchema,
  type Sensor,
  type SensorHistory,
} from '../../src/api/contracts/sensors';
import { endpointPatterns, endpoints } from '../../src/api/endpoints';
import { scenarioEpoch } from '../store/clock';
import { tenantSensors } from '../store/sensor-records';
import type { SensorChange, TenantState } from '../store/state';
import { store } from '../store/store';
import { generateSensorHistory, type HistoryPattern } from '../world/sensor-history';
import { tenantWorld } from '../world/world';
import { apiRoute, checkIfMatch, type Caller, type RouteContext } from './api-route';
import { problem } from './problem';

function findSensor(caller: Caller, id: unknown, now: number): Sensor | undefined {
  return tenantSensors(store.state, caller.tenant, caller.tenantState, now).find(
    (s) => s.id === id,
  );
}

/** What the audit log shows of a sensor's configuration. */
function configSnapshot(sensor: Sensor | undefined) {
  if (!sensor) return null;
  const { description, domainControllers, networkAdapters, delayedUpdate } = sensor;
  return {
    description,
    domainControllers: domainControllers.join(', '),
    networkAdapters: networkAdapters
      .filter((a) => a.selected)
      .map((a) => a.name)
      .join(', '),
    delayedUpdate,
  };
}

const sensorAudit = {
  page: 'Sensors',
  target: ({ caller, params, now }: RouteContext<unknown>) =>
    `Sensor ${findSensor(caller, params.sensorId, now)?.name ?? String(params.sensorId)}`,
  snapshot: ({ caller, params, now }: RouteContext<unknown>) =>
    configSnapshot(findSensor(caller, params.sensorId, now)),
};

/** A sensor can be deleted only once it no longer talks to the service (domain catalog §6.2). */
export function isDisconnected(sensor: Pick<Sensor, 'serviceStatus' | 'sensorStatus'>): boolean {
  return (
    sensor.serviceStatus === 'Stopped' ||
    sensor.serviceStatus === 'Unknown' ||
    sensor.sensorStatus === 'Disconnected' ||
    sensor.sensorStatus === 'Unreachable'
  );
}

function changeOf(tenantState: TenantState, id: string): SensorChange {
  return (tenantState.sensorChanges[id] ??= {});
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v.toLowerCase() === b[i]?.toLowerCase());

function historyPattern(caller: Caller, sensorId: string): HistoryPattern {
  const generated = tenantWorld(store.state.scenario, caller.tenant, scenarioEpoch).sensors.find(
    (s) => s.id === sensorId,
  );
  const trouble = generated?.trouble;
  if (trouble?.serviceStatus === 'Stopped') return 'dead';
  const silent = trouble?.silentForMinutes ?? null;
  if (silent === null) return 'steady';
  return silent < 120 ? 'flapping' : 'dead';
}

export const sensorConfigHandlers = [
  apiRoute(
    'post',
    endpoints.sensorsDelayedUpdate,
    {
      summary: 'Turn delayed update on or off for several sensors',
      permission: 'config.updates',
      body: delayedUpdateRequestSchema,
      response: delayedUpdateResultSchema,
      errors: { 400: 'Some of the sensors no longer exist (`errors.sensorIds`).' },
      audit: {
        page: 'Sensors',
        target: ({ body }) =>
          `Delayed update of ${body.sensorIds.length} ${body.sensorIds.length === 1 ? 'sensor' : 'sensors'}`,
        snapshot: ({ caller, body, now }) => {
          const wanted = new Set(body.sensorIds);
          const sensors = tenantSensors(store.state, caller.tenant, caller.tenantState, now);
          return Object.fromEntries(
            sensors
              .filter((s) => wanted.has(s.id))
              .map((s) => [`Sensor ${s.name}`, { delayedUpdate: s.delayedUpdate }]),
          );
        },
      },
    },
    ({ caller, body, now }) => {
      const known = new Set(
        tenantSensors(store.state, caller.tenant, caller.tenantState, now).map((s) => s.id),
      );
      const unknown = body.sensorIds.filter((id) => !known.has(id));
      if (unknown.length > 0) {
        return problem(400, 'Some fields are not valid', {
          code: 'validation',
          errors: {
            sensorIds: [
              `${unknown.length} of the selected sensors no longer exist; reload the list.`,
            ],
          },
        });
      }
      for (const id of new Set(body.sensorIds)) {
        const change = changeOf(caller.tenantState, id);
        change.delayedUpdate = body.delayedUpdate;
        change.revision = (change.revision ?? 0) + 1;
      }
      return HttpResponse.json({ updated: new Set(body.sensorIds).size });
    },
  ),

  apiRoute(
    'patch',
    endpointPatterns.sensor,
    {
      summary:
        'Change a sensor’s description, domain controllers, network adapters or delayed update',
      permission: 'config.sensors',
      body: sensorUpdateSchema,
      response: { schema: sensorSchema, etag: true },
      ifMatch: 'required',
      errors: {
        400: 'Domain controllers or network adapters the sensor can’t have.',
        404: 'No such sensor in the tenant (`code`: `not-found`).',
      },
      audit: sensorAudit,
    },
    ({ caller, params, body, request, now }) => {
      const sensor = findSensor(caller, params.sensorId, now);
      if (!sensor) return problem(404, 'Sensor not found', { code: 'not-found' });
      const refusal = checkIfMatch(request, sensor.etag, lastSave(caller, sensor.id));
      if (refusal) return refusal;

      const errors: Record<string, string[]> = {};
      const dcs = body.domainControllers;
      if (
        dcs !== undefined &&
        sensor.type !== 'Standalone Sensor' &&
        !sameList(dcs, sensor.domainControllers)
      ) {
        errors.domainControllers = [
          'Only standalone sensors list their domain controllers; this sensor monitors its own.',
        ];
      } else if (dcs !== undefined && dcs.length === 0) {
        errors.domainControllers = ['A standalone sensor needs at least one domain controller.'];
      }
      const adapters = body.networkAdapters;
      if (
        adapters &&
        !sameList(
          [...adapters.map((a) => a.name)].sort(),
          sensor.networkAdapters.map((a) => a.name).sort(),
        )
      ) {
        errors.networkAdapters = ['Choose among the network adapters of the sensor’s machine.'];
      }
      if (Object.keys(errors).length > 0) {
        return problem(400, 'Some fields are not valid', { code: 'validation', errors });
      }

      const change = changeOf(caller.tenantState, sensor.id);
      if (body.description !== undefined) change.description = body.description;
      if (dcs !== undefined) change.domainControllers = dcs;
      if (adapters) change.networkAdapters = adapters;
      if (body.delayedUpdate !== undefined) change.delayedUpdate = body.delayedUpdate;
      change.revision = (change.revision ?? 0) + 1;
      change.configuredAt = new Date(now).toISOString();
      change.configuredBy = caller.user.displayName;
      change.configuredById = caller.user.id;
      const saved = findSensor(caller, sensor.id, now);
      return HttpResponse.json(saved, { headers: { ETag: saved?.etag ?? '' } });
    },
  ),

  apiRoute(
    'delete',
    endpointPatterns.sensor,
    {
      summary: 'Delete a disconnected sensor',
      permission: 'config.sensors',
      response: { status: 204 },
      ifMatch: 'optional',
      errors: {
        404: 'No such sensor in the tenant (`code`: `not-found`).',
        409: 'The sensor is still connected: only disconnected sensors can be deleted (`code`: `sensor-connected`).',
      },
      audit: sensorAudit,
    },
    ({ caller, params, request, now }) => {
      const sensor = findSensor(caller, params.sensorId, now);
      if (!sensor) return problem(404, 'Sensor not found', { code: 'not-found' });
      if (request.headers.get('If-Match')) {
        const refusal = checkIfMatch(request, sensor.etag, lastSave(caller, sensor.id));
        if (refusal) return refusal;
      }
      if (!isDisconnected(sensor)) {
        return problem(409, 'This sensor is still connected', {
          code: 'sensor-connected',
          detail: `${sensor.name} is ${sensor.serviceStatus.toLowerCase()} and ${sensor.sensorStatus.toLowerCase()}. Uninstall it or stop its service first; only disconnected sensors can be deleted.`,
        });
      }
      const change = changeOf(caller.tenantState, sensor.id);
      change.deleted = true;
      change.revision = (change.revision ?? 0) + 1;
      return new HttpResponse(null, { status: 204 });
    },
  ),

  apiRoute(
    'get',
    endpointPatterns.sensorHistory,
    {
      summary: 'A sensor’s status over the last 30 days, as segments',
      response: sensorHistorySchema,
      errors: { 404: 'No such sensor in the tenant (`code`: `not-found`).' },
    },
    ({ caller, params, now }) => {
      const sensor = findSensor(caller, params.sensorId, now);
      if (!sensor) return problem(404, 'Sensor not found', { code: 'not-found' });
      const silent = isDisconnected(sensor) || sensor.sensorStatus === 'Start failed';
      const segments = generateSensorHistory({
        seed: `${store.state.scenario}:${caller.tenant.id}`,
        sensorId: sensor.id,
        pattern: historyPattern(caller, sensor.id),
        createdAt: Date.parse(sensor.createdAt),
        now,
        current: silent
          ? {
              state: sensor.serviceStatus === 'Stopped' ? 'Stopped' : 'Disconnected',
              since: Date.parse(sensor.lastSeen),
            }
          : null,
        outages: (caller.tenantState.outages ?? [])
          .filter((o) => o.sensorId === sensor.id)
          .map((o) => ({ from: o.startedAt, to: o.endedAt })),
      });
      const iso = (ms: number) => new Date(ms).toISOString();
      const history: SensorHistory = {
        sensorId: sensor.id,
        from: iso(segments[0]?.from ?? now),
        to: iso(now),
        segments: segments.map((s) => ({ state: s.state, from: iso(s.from), to: iso(s.to) })),
      };
      return HttpResponse.json(history);
    },
  ),
];

/** Who saved the sensor's configuration last, for the 412's "X changed these settings at …". */
function lastSave(caller: Caller, sensorId: string) {
  const change = caller.tenantState.sensorChanges[sensorId];
  return {
    updatedAt: change?.configuredAt ?? null,
    updatedBy: change?.configuredBy ?? null,
    updatedById: change?.configuredById ?? null,
  };
}
