import * as z from 'zod/mini';
import { isoDateTime } from './vocabulary';

/**
 * On a 412 (a save based on an old version): the version the resource is at now, and who saved it
 * when, so the conflict can say "Megan Bowen changed these settings at 10:42 AM UTC" — or that it
 * was the same person, in another tab or window. `updatedById` is the directory object id.
 */
export const currentVersionSchema = z.object({
  etag: z.string(),
  updatedAt: z.nullable(isoDateTime),
  updatedBy: z.nullable(z.string()),
  updatedById: z.nullable(z.string()),
});
export type CurrentVersion = z.infer<typeof currentVersionSchema>;

/** RFC 9457 problem details, as every non-2xx backend answer carries them. */
export const problemSchema = z.object({
  type: z._default(z.string(), 'about:blank'),
  title: z.string(),
  status: z.number().check(z.int()),
  detail: z.optional(z.string()),
  code: z.optional(z.string()),
  requestId: z.optional(z.string()),
  /** Field path (dot separated) → messages. */
  errors: z.optional(z.record(z.string(), z.array(z.string()))),
  /** For 403: the permission the caller lacks. */
  missingPermission: z.optional(z.string()),
  /** For 412: the version the resource is at now, and who saved it when. */
  currentVersion: z.optional(currentVersionSchema),
});
export type Problem = z.infer<typeof problemSchema>;
