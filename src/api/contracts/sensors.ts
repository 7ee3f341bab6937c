import { z } from 'zod';
import {
  isoDateTime,
  sensorHealthSchema,
  sensorStatusSchema,
  sensorTypeSchema,
  serviceStatusSchema,
} from './vocabulary';

export const networkAdapterSchema = z.object({ name: z.string(), selected: z.boolean() });

export const sensorSchema = z.object({
  id: z.string(),
  /** NetBIOS name of the machine the sensor runs on. */
  name: z.string(),
  fqdn: z.string(),
  type: sensorTypeSchema,
  domain: z.string(),
  version: z.string(),
  serviceStatus: serviceStatusSchema,
  sensorStatus: sensorStatusSchema,
  health: sensorHealthSchema,
  openHealthIssues: z.number().int().nonnegative(),
  lastSeen: isoDateTime,
  delayedUpdate: z.boolean(),
  createdAt: isoDateTime,
  description: z.string(),
  /** Domain controllers the sensor monitors (FQDN). */
  domainControllers: z.array(z.string()),
  networkAdapters: z.array(networkAdapterSchema),
  /** Concurrency token, also sent as the ETag header. */
  etag: z.string(),
});
export type Sensor = z.infer<typeof sensorSchema>;

export const sensorListSchema = z.object({
  items: z.array(sensorSchema),
  total: z.number().int().nonnegative(),
  /** The service's (simulated) time of the answer; "last seen" is relative to it. */
  asOf: isoDateTime,
});
export type SensorList = z.infer<typeof sensorListSchema>;
