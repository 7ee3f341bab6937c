import * as z from 'zod/mini';
import { instanceSchema } from './me';
import { dataRegionSchema } from './vocabulary';

export { instanceSchema, type Instance } from './me';

/**
 * What creating an instance would do for the caller's tenant (GET /api/instance/plan): the name
 * derived from the tenant's initial domain, the data region chosen from the tenant's country, the
 * role groups that will be created, and whether the caller may create it.
 */
export const instancePlanSchema = z.object({
  name: z.string(),
  url: z.string(),
  region: dataRegionSchema,
  /** ISO 3166 country code of the tenant the region was chosen from. */
  country: z.string(),
  roleGroups: z.array(z.string()),
  canCreate: z.boolean(),
  /** Who may create the instance, in words (shown to everyone else). */
  whoCanCreate: z.string(),
  /** The tenant already has an instance. */
  exists: z.boolean(),
});
export type InstancePlan = z.infer<typeof instancePlanSchema>;

/** POST /api/instance: nothing to choose; name and region are derived by the service. */
export const createInstanceRequestSchema = z.strictObject({});
export type CreateInstanceRequest = z.infer<typeof createInstanceRequestSchema>;

/** POST /api/instance answers the created instance. */
export const createdInstanceSchema = instanceSchema;

/** DELETE /api/instance: the caller types the instance name to confirm. */
export const deleteInstanceRequestSchema = z.object({
  confirmName: z.string().check(z.trim(), z.minLength(1, 'Type the instance name to confirm')),
});
export type DeleteInstanceRequest = z.infer<typeof deleteInstanceRequestSchema>;

/** Instance names: lowercase letters, digits and hyphens (digit-only names are allowed). */
export const instanceNameSchema = z
  .string()
  .check(
    z.regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'Use lowercase letters, digits and hyphens'),
  );
