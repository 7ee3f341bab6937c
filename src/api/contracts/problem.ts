import * as z from 'zod/mini';

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
});
export type Problem = z.infer<typeof problemSchema>;
