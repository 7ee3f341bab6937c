import { z } from 'zod';

/** RFC 9457 problem details, as every non-2xx backend answer carries them. */
export const problemSchema = z.object({
  type: z.string().default('about:blank'),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: z.string().optional(),
  requestId: z.string().optional(),
  /** Field path (dot separated) → messages. */
  errors: z.record(z.string(), z.array(z.string())).optional(),
  /** For 403: the permission the caller lacks. */
  missingPermission: z.string().optional(),
});
export type Problem = z.infer<typeof problemSchema>;
