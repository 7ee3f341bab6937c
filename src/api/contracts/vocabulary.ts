import * as z from 'zod/mini';

/** Shared enumerations, named as security teams know them (domain catalog §13). */
export const roleSchema = z.enum(['Administrator', 'User', 'Viewer']);
export type Role = z.infer<typeof roleSchema>;

export const severitySchema = z.enum(['Low', 'Medium', 'High']);
export type Severity = z.infer<typeof severitySchema>;

export const sensorTypeSchema = z.enum(['Sensor', 'Standalone Sensor', 'ADFS Sensor']);
export type SensorType = z.infer<typeof sensorTypeSchema>;

export const serviceStatusSchema = z.enum([
  'Running',
  'Starting',
  'Stopped',
  'Disabled',
  'Unknown',
]);
export type ServiceStatus = z.infer<typeof serviceStatusSchema>;

export const sensorStatusSchema = z.enum([
  'Up to date',
  'Outdated',
  'Updating',
  'Update failed',
  'Not configured',
  'Start failed',
  'Syncing',
  'Disconnected',
  'Unreachable',
]);
export type SensorStatus = z.infer<typeof sensorStatusSchema>;

/** Health of a sensor: healthy, or the severity of its worst open health issue. */
export const sensorHealthSchema = z.enum(['Healthy', 'Low', 'Medium', 'High']);
export type SensorHealth = z.infer<typeof sensorHealthSchema>;

export const dataRegionSchema = z.enum([
  'Europe',
  'UK',
  'North America',
  'Asia',
  'Australia East',
  'Switzerland',
  'India',
]);
export type DataRegion = z.infer<typeof dataRegionSchema>;

export const scenarioNameSchema = z.enum([
  'contoso',
  'fresh',
  'degraded-sensors',
  'active-attack',
  'large',
]);
export type ScenarioName = z.infer<typeof scenarioNameSchema>;
export const defaultScenario: ScenarioName = 'contoso';

export const isoDateTime = z.iso.datetime({ offset: true });
