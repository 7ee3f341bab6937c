import { z } from 'zod';
import { isoDateTime, scenarioNameSchema } from './vocabulary';

export const faultSettingsSchema = z.object({
  /** Added latency per API call, in milliseconds. */
  latencyMs: z.number().int().min(0).max(30_000),
  /** Share of API calls that fail with a 500, 0–1. */
  errorRate: z.number().min(0).max(1),
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
export const demoAdvanceSchema = z.object({ minutes: z.number().int().min(1).max(60 * 24 * 30) });
