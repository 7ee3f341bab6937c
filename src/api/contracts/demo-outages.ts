import * as z from 'zod/mini';
import { isoDateTime } from './vocabulary';

/** Demo: a sensor made to stop communicating (Demo menu → Simulate sensor outage). */
export const demoOutageSchema = z.object({
  sensorId: z.string(),
  sensorName: z.string(),
  since: isoDateTime,
});
export type DemoOutage = z.infer<typeof demoOutageSchema>;

export const demoOutageListSchema = z.object({ items: z.array(demoOutageSchema) });
export const demoOutageRequestSchema = z.object({
  sensorId: z.string().check(z.minLength(1, 'Pick a sensor')),
});
