import { stableId } from '../world/hash';
import type { SensorOutage } from './state';

/** "Sensor stopped communicating" opens after this much silence (domain catalog §12). */
export const stoppedCommunicatingAfterMinutes = 5;
/** A sensor that has not reported for this long is Disconnected (domain catalog §6.2, §12). */
export const disconnectedAfterMinutes = 10;

export const stoppedCommunicatingTitle = 'Sensor stopped communicating';

/** A health issue before status changes are applied. Times in simulated ms. */
export interface BaseHealthIssue {
  id: string;
  title: string;
  severity: 'Low' | 'Medium' | 'High';
  scope: 'Sensor' | 'Global';
  sensorId: string | null;
  firstSeen: number;
  lastSeen: number;
  /** When the service resolved it by itself (the condition ended), else null. */
  resolvedAt: number | null;
}

/**
 * The health issue an outage raises, if it has lasted long enough by `now`: it opens once the
 * sensor has been silent for the catalog's window and resolves itself when the outage ends.
 */
export function outageIssue(outage: SensorOutage, now: number): BaseHealthIssue | null {
  const end = outage.endedAt ?? now;
  const opensAt = outage.startedAt + stoppedCommunicatingAfterMinutes * 60_000;
  if (end < opensAt || now < opensAt) return null;
  return {
    id: stableId('outage-issue', outage.id),
    title: stoppedCommunicatingTitle,
    severity: 'Medium',
    scope: 'Sensor',
    sensorId: outage.sensorId,
    firstSeen: opensAt,
    lastSeen: end,
    resolvedAt: outage.endedAt,
  };
}

/** The outage a sensor is in at `now`, if any. */
export function activeOutage(outages: readonly SensorOutage[] | undefined, sensorId: string) {
  return outages?.find((o) => o.sensorId === sensorId && o.endedAt === null) ?? null;
}
