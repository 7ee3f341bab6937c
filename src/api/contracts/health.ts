import * as z from 'zod/mini';
import { isoDateTime, severitySchema } from './vocabulary';

/** Health issue vocabulary (domain catalog §5, §13). */
export const healthIssueStatusSchema = z.enum(['Open', 'Closed', 'Suppressed']);
export type HealthIssueStatus = z.infer<typeof healthIssueStatusSchema>;

export const healthScopeSchema = z.enum(['Global', 'Sensor']);
export type HealthScope = z.infer<typeof healthScopeSchema>;

export const healthIssueSchema = z.object({
  id: z.string(),
  /** The catalog's name of the issue, e.g. "Sensor stopped communicating". */
  title: z.string(),
  severity: severitySchema,
  scope: healthScopeSchema,
  /** The sensor the issue is about (Sensor scope), else null. */
  sensorId: z.nullable(z.string()),
  sensorName: z.nullable(z.string()),
  domain: z.nullable(z.string()),
  status: healthIssueStatusSchema,
  firstSeen: isoDateTime,
  /** When the condition was last observed. */
  lastSeen: isoDateTime,
  /** Last status change: who (null = the service itself), when, and the reason given. */
  statusChangedAt: z.nullable(isoDateTime),
  statusChangedBy: z.nullable(z.string()),
  statusReason: z.nullable(z.string()),
});
export type HealthIssue = z.infer<typeof healthIssueSchema>;

export const healthIssueCountsSchema = z.object({
  Open: z.number().check(z.int(), z.nonnegative()),
  Closed: z.number().check(z.int(), z.nonnegative()),
  Suppressed: z.number().check(z.int(), z.nonnegative()),
});
export type HealthIssueCounts = z.infer<typeof healthIssueCountsSchema>;

/** GET /api/health-issues?status= — the issues with that status (all without), counts of every status. */
export const healthIssueListSchema = z.object({
  items: z.array(healthIssueSchema),
  counts: healthIssueCountsSchema,
  asOf: isoDateTime,
});
export type HealthIssueList = z.infer<typeof healthIssueListSchema>;

/** GET /api/health-issues?status=…: every issue, or those of one status. */
export const healthIssueQuerySchema = z.object({ status: z.optional(healthIssueStatusSchema) });

/** POST /api/health-issues/:id/status — Close, Suppress (a reason is required) or Reopen. */
export const healthStatusChangeSchema = z
  .object({
    status: healthIssueStatusSchema,
    reason: z.optional(z.string().check(z.trim(), z.maxLength(500, 'Use at most 500 characters'))),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.status === 'Suppressed' && !value.reason) {
        ctx.addIssue({
          code: 'custom',
          path: ['reason'],
          message: 'Say why you suppress this issue',
        });
      }
    }),
  );
export type HealthStatusChange = z.infer<typeof healthStatusChangeSchema>;
