import type { SensorStatus, ServiceStatus } from '../../src/api/contracts/vocabulary';
import type { GeneratedSensor } from '../world/sensors';
import type { InstalledSensor, TenantState } from './state';

/** A new sensor's service starts within this time (simulated). */
export const SENSOR_START_MS = 2 * 60_000;
/** The backend's microservices need this long for a first sensor (domain catalog §6.2, §12). */
export const SENSOR_SYNC_MS = 15 * 60_000;

/** Starting → Syncing → Running / Up to date, from how long ago the sensor registered. */
export function installedSensorStatus(
  installedAt: number,
  now: number,
): { serviceStatus: ServiceStatus; sensorStatus: SensorStatus } {
  const age = now - installedAt;
  if (age < SENSOR_START_MS) return { serviceStatus: 'Starting', sensorStatus: 'Syncing' };
  if (age < SENSOR_SYNC_MS) return { serviceStatus: 'Running', sensorStatus: 'Syncing' };
  return { serviceStatus: 'Running', sensorStatus: 'Up to date' };
}

function asGenerated(sensor: InstalledSensor, now: number): GeneratedSensor {
  return {
    id: sensor.id,
    name: sensor.machineName,
    fqdn: sensor.domainControllerFqdn,
    type: 'Sensor',
    domain: sensor.domain,
    version: sensor.version,
    ...installedSensorStatus(sensor.installedAt, now),
    silentForMinutes: null,
    trouble: null,
    delayedUpdate: false,
    createdAt: new Date(sensor.installedAt).toISOString(),
    description: '',
    domainControllers: [sensor.domainControllerFqdn],
    networkAdapters: [{ name: 'Ethernet', selected: true }],
  };
}

/** Sensors installed with the access key, shaped like generated ones so one path lists both. */
export function installedSensors(tenantState: TenantState, now: number): GeneratedSensor[] {
  return (tenantState.installedSensors ?? []).map((s) => asGenerated(s, now));
}

/** Ids of the sensors installed on a domain controller (a removed one may have been reinstalled). */
export function installedSensorIdsOn(tenantState: TenantState, fqdn: string): string[] {
  const lower = fqdn.toLowerCase();
  return (tenantState.installedSensors ?? [])
    .filter((s) => s.domainControllerFqdn.toLowerCase() === lower)
    .map((s) => s.id);
}
