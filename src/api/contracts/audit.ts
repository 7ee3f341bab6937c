import * as z from 'zod/mini';
import { isoDateTime } from './vocabulary';

/**
 * One side of a changed field, as the backend recorded it at audit time: display text (a sensor's
 * name rather than its id, "On"/"Off" rather than true/false, a list as "a, b"), an instant
 * (`{ date }`, formatted by the client like every other date), or a secret (`{ secret, replacedAt }`:
 * never the value, only when it was replaced). `null`: no value (a field that was empty, or the
 * object didn't exist).
 */
export const auditValueSchema = z.nullable(
  z.union([
    z.string(),
    z.object({ date: isoDateTime }),
    z.object({ secret: z.literal(true), replacedAt: z.nullable(isoDateTime) }),
  ]),
);
export type AuditValue = z.infer<typeof auditValueSchema>;

/**
 * One changed field: `field` is its path in the resource (stable, for machines); `label` is what
 * the page it was changed on calls it (`auditFieldLabel()` in `audit-labels.ts`).
 */
export const auditChangeSchema = z.object({
  field: z.string(),
  label: z.string(),
  before: auditValueSchema,
  after: auditValueSchema,
});
export type AuditChange = z.infer<typeof auditChangeSchema>;

export const auditEntrySchema = z.object({
  id: z.string(),
  at: isoDateTime,
  actor: z.object({ id: z.string(), displayName: z.string(), upn: z.string() }),
  /** The configuration page the change was made on, e.g. "Syslog notifications". */
  page: z.string(),
  action: z.enum(['Created', 'Updated', 'Deleted']),
  /** What was changed, e.g. "Sensor DC01" or "Syslog settings". */
  target: z.string(),
  changes: z.array(auditChangeSchema),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditListSchema = z.object({
  items: z.array(auditEntrySchema),
  total: z.number().check(z.int(), z.nonnegative()),
  pages: z.array(z.string()),
  actors: z.array(z.object({ id: z.string(), displayName: z.string() })),
});
export type AuditList = z.infer<typeof auditListSchema>;

/** Most entries one answer holds; the rest are reached with `offset`. */
export const AUDIT_PAGE_SIZE = 25;

/**
 * GET /api/audit's query: `page` (configuration page name), `actor` (user id), `from` / `to`
 * (inclusive UTC dates), and `offset` / `limit` to page through the newest-first list.
 */
export const auditQuerySchema = z
  .object({
    page: z.optional(z.string()),
    actor: z.optional(z.string()),
    from: z.optional(z.iso.date('Use a date like 2026-11-20')),
    to: z.optional(z.iso.date('Use a date like 2026-11-20')),
    offset: z.optional(z.coerce.number().check(z.int(), z.gte(0))),
    limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(100))),
  })
  .check(
    z.refine((q) => !q.from || !q.to || q.from <= q.to, {
      path: ['to'],
      message: 'The end date is before the start date',
    }),
  );
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** The text audit entries and responses show instead of a secret. */
export const REDACTED = '•••••• (secret)';
