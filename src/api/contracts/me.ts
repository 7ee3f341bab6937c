import * as z from 'zod/mini';
import { allPermissions, type Permission } from './permissions';
import { dataRegionSchema, isoDateTime, roleSchema } from './vocabulary';

export const permissionSchema = z.enum(allPermissions as [Permission, ...Permission[]]);

export const instanceSchema = z.object({
  name: z.string(),
  url: z.string(),
  sensorEndpoint: z.string(),
  region: dataRegionSchema,
  createdAt: isoDateTime,
});
export type Instance = z.infer<typeof instanceSchema>;

export const meSchema = z.object({
  user: z.object({ id: z.string(), displayName: z.string(), upn: z.string() }),
  tenant: z.object({ id: z.string(), name: z.string(), initialDomain: z.string() }),
  /** Null when the user is in none of the instance's role groups and no directory role grants one. */
  role: z.nullable(roleSchema),
  /** Why the role was granted: a directory role, or membership of a role group. */
  roleSource: z.nullable(z.string()),
  isDirectoryAdmin: z.boolean(),
  permissions: z.array(permissionSchema),
  instance: z.nullable(instanceSchema),
});
export type Me = z.infer<typeof meSchema>;
