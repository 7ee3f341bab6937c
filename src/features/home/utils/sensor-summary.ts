import type { Sensor } from '@/api/contracts/sensors';
import {
  sensorStatusSchema,
  severitySchema,
  type SensorStatus,
  type Severity,
} from '@/api/contracts/vocabulary';

/** How many sensors have each status, in the vocabulary's order; statuses no sensor has are left out. */
export function sensorStatusCounts(
  sensors: Pick<Sensor, 'sensorStatus'>[],
): { status: SensorStatus; count: number }[] {
  return sensorStatusSchema.options
    .map((status) => ({ status, count: sensors.filter((s) => s.sensorStatus === status).length }))
    .filter((c) => c.count > 0);
}

export interface HealthSummary {
  /** Open health issues on all sensors. */
  openIssues: number;
  /** Open issues of sensors whose worst open issue has this severity, most severe first. */
  bySeverity: { severity: Severity; issues: number; sensors: number }[];
}

/**
 * Open health issues by severity, from the sensors' health (the severity of each sensor's worst
 * open issue) and their open-issue counts.
 */
export function healthSummary(
  sensors: Pick<Sensor, 'health' | 'openHealthIssues'>[],
): HealthSummary {
  const bySeverity = [...severitySchema.options].reverse().map((severity) => {
    const affected = sensors.filter((s) => s.health === severity);
    return {
      severity,
      issues: affected.reduce((sum, s) => sum + s.openHealthIssues, 0),
      sensors: affected.length,
    };
  });
  return { openIssues: sensors.reduce((sum, s) => sum + s.openHealthIssues, 0), bySeverity };
}
