import * as z from 'zod/mini';

/** A domain controller the service found in the tenant's forests, and whether a sensor watches it. */
export const domainControllerSchema = z.object({
  fqdn: z.string(),
  name: z.string(),
  domain: z.string(),
  isGlobalCatalog: z.boolean(),
  isReadOnly: z.boolean(),
  operatingSystem: z.string(),
  monitored: z.boolean(),
  /** The sensor monitoring it; null when no sensor does (a coverage gap). */
  sensorId: z.nullable(z.string()),
  /** The domain controller's entity profile (a computer). */
  entityId: z.optional(z.string()),
});
export type DomainController = z.infer<typeof domainControllerSchema>;

/** GET /api/domain-controllers: every detected domain controller with coverage totals. */
export const domainControllerListSchema = z.object({
  items: z.array(domainControllerSchema),
  total: z.number().check(z.int(), z.nonnegative()),
  monitored: z.number().check(z.int(), z.nonnegative()),
  unmonitored: z.number().check(z.int(), z.nonnegative()),
});
export type DomainControllerList = z.infer<typeof domainControllerListSchema>;
