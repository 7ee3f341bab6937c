import * as z from 'zod/mini';
import { isoDateTime, scenarioNameSchema } from './vocabulary';

export const faultSettingsSchema = z.object({
  /** Added latency per API call, in milliseconds. */
  latencyMs: z.number().check(z.int(), z.gte(0), z.lte(30_000)),
  /** Share of API calls that fail with a 500, 0–1. */
  errorRate: z.number().check(z.gte(0), z.lte(1)),
  /** Every API call fails as a network error. */
  offline: z.boolean(),
});
export type FaultSettings = z.infer<typeof faultSettingsSchema>;
export const noFaults: FaultSettings = { latencyMs: 0, errorRate: 0, offline: false };

export const demoStateSchema = z.object({
  scenario: scenarioNameSchema,
  now: isoDateTime,
  faults: faultSettingsSchema,
});
export type DemoState = z.infer<typeof demoStateSchema>;

export const demoResetSchema = z.object({ scenario: scenarioNameSchema });

/** Moves the simulation clock forward (sensors start, outages open health issues, …). */
export const demoAdvanceSchema = z.object({
  minutes: z.number().check(z.int(), z.gte(1), z.lte(60 * 24 * 30)),
});
