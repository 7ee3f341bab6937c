import * as z from 'zod/mini';
import { fqdnSchema } from './config';
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
  openHealthIssues: z.number().check(z.int(), z.nonnegative()),
  lastSeen: isoDateTime,
  delayedUpdate: z.boolean(),
  createdAt: isoDateTime,
  description: z.string(),
  /** Domain controllers the sensor monitors (FQDN). */
  domainControllers: z.array(z.string()),
  networkAdapters: z.array(networkAdapterSchema),
  /** Concurrency token, also sent as the ETag header. */
  etag: z.string(),
  /** The computer's entity profile (absent when the machine isn't in the directory). */
  entityId: z.optional(z.string()),
});
export type Sensor = z.infer<typeof sensorSchema>;

export const sensorListSchema = z.object({
  items: z.array(sensorSchema),
  total: z.number().check(z.int(), z.nonnegative()),
  /** The service's (simulated) time of the answer; "last seen" is relative to it. */
  asOf: isoDateTime,
});
export type SensorList = z.infer<typeof sensorListSchema>;

/** Domain controller FQDNs a standalone sensor may list. */
export const sensorDomainControllersSchema = z.array(fqdnSchema).check(
  z.maxLength(50, 'A sensor can list at most 50 domain controllers'),
  z.refine(
    (list) => new Set(list.map((fqdn) => fqdn.toLowerCase())).size === list.length,
    'Each domain controller can be listed once',
  ),
);

/**
 * PATCH /api/sensors/:id — what an Administrator may change about a sensor (domain catalog §6.2).
 * Only the fields sent change. Rules that depend on the sensor (standalone sensors need a domain
 * controller; the adapters must be the machine's) are checked by the service.
 */
export const sensorUpdateSchema = z.partial(
  z.extend(
    z.pick(sensorSchema, {
      description: true,
      domainControllers: true,
      networkAdapters: true,
      delayedUpdate: true,
    }),
    {
      description: z.string().check(z.trim(), z.maxLength(500, 'Use at most 500 characters')),
      domainControllers: sensorDomainControllersSchema,
      networkAdapters: z
        .array(networkAdapterSchema)
        .check(
          z.refine(
            (list) => list.some((a) => a.selected),
            'Select at least one capture network adapter',
          ),
        ),
    },
  ),
);
export type SensorUpdate = z.infer<typeof sensorUpdateSchema>;

/** POST /api/sensors/delayed-update — turn delayed update (72 h) on or off for many sensors. */
export const delayedUpdateRequestSchema = z.object({
  sensorIds: z
    .array(z.string().check(z.minLength(1)))
    .check(z.minLength(1, 'Select at least one sensor'), z.maxLength(1000)),
  delayedUpdate: z.boolean(),
});
export type DelayedUpdateRequest = z.infer<typeof delayedUpdateRequestSchema>;
export const delayedUpdateResultSchema = z.object({
  updated: z.number().check(z.int(), z.nonnegative()),
});

/** How long delayed-update sensors wait after a release before they update (domain catalog §6.3). */
export const delayedUpdateHours = 72;

/** A sensor's connection state over a stretch of time. */
export const sensorHistoryStateSchema = z.enum(['Connected', 'Disconnected', 'Stopped']);
export type SensorHistoryState = z.infer<typeof sensorHistoryStateSchema>;

export const sensorHistorySegmentSchema = z.object({
  state: sensorHistoryStateSchema,
  from: isoDateTime,
  to: isoDateTime,
});
export type SensorHistorySegment = z.infer<typeof sensorHistorySegmentSchema>;

/** GET /api/sensors/:id/history — the last 30 days as consecutive segments, oldest first. */
export const sensorHistorySchema = z.object({
  sensorId: z.string(),
  from: isoDateTime,
  to: isoDateTime,
  segments: z.array(sensorHistorySegmentSchema),
});
export type SensorHistory = z.infer<typeof sensorHistorySchema>;
