import type { Sensor } from '../../src/api/contracts/sensors';
import { activeOutage, disconnectedAfterMinutes } from './outage-issues';
import type { SensorChange, TenantState } from './state';

/**
 * What the service knows on top of a generated or installed sensor: the Administrator's saved
 * configuration, and a simulated outage (the sensor goes silent; after the catalog's 10 minutes it
 * is Disconnected). Applied by `tenantSensors()` to every sensor.
 */
export function applySensorEffects(sensor: Sensor, tenantState: TenantState, now: number): Sensor {
  const change: SensorChange = tenantState.sensorChanges[sensor.id] ?? {};
  const next: Sensor = {
    ...sensor,
    description: change.description ?? sensor.description,
    domainControllers: change.domainControllers ?? sensor.domainControllers,
    networkAdapters: change.networkAdapters ?? sensor.networkAdapters,
    delayedUpdate: change.delayedUpdate ?? sensor.delayedUpdate,
    etag: `W/"${change.revision ?? 0}"`,
  };
  // A sensor waiting for its configuration starts once an Administrator saved it.
  if (change.configuredAt && next.sensorStatus === 'Not configured')
    next.sensorStatus = 'Up to date';
  const outage = activeOutage(tenantState.outages, sensor.id);
  if (outage) {
    next.lastSeen = new Date(outage.startedAt).toISOString();
    if (now - outage.startedAt >= disconnectedAfterMinutes * 60_000) {
      next.serviceStatus = 'Unknown';
      next.sensorStatus = 'Disconnected';
    }
  }
  return next;
}
