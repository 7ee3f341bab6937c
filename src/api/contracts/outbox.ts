import * as z from 'zod/mini';
import { isoDateTime } from './vocabulary';

/**
 * What the service sent (demo only): emails to the notification recipients and Syslog (CEF)
 * messages to the configured server (catalog §6.11, §6.12, §9). Demo menu → Outbox lists them,
 * newest first, so both notification pages can be seen working end to end.
 */
export const outboxChannelSchema = z.enum(['Email', 'Syslog']);
export type OutboxChannel = z.infer<typeof outboxChannelSchema>;

export const outboxKindSchema = z.enum([
  'New security alert',
  'Security alert updated',
  'New health issue',
  'Scheduled report',
]);
export type OutboxKind = z.infer<typeof outboxKindSchema>;

export const outboxMessageSchema = z.object({
  id: z.string(),
  /** Simulated time it was sent. */
  at: isoDateTime,
  channel: outboxChannelSchema,
  kind: outboxKindSchema,
  /** Email: the recipients. Syslog: empty. */
  recipients: z.array(z.string()),
  /** Syslog: "host:port (transport, format)". Email: null. */
  server: z.nullable(z.string()),
  /** Email subject, or the CEF line for Syslog. */
  subject: z.string(),
  /** Email body text (Syslog: the whole message with its Syslog header). */
  body: z.string(),
  /** Scheduled reports: the workbook, downloadable from the outbox. */
  attachment: z.nullable(z.object({ fileName: z.string(), href: z.string() })),
  /** What it is about: an alert id, a health issue id or a report type. */
  subjectId: z.nullable(z.string()),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

/** GET /api/demo/outbox?channel=&limit= — newest first. */
export const outboxQuerySchema = z.object({
  channel: z.optional(outboxChannelSchema),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(1000)), 200),
});
export const outboxListSchema = z.object({
  items: z.array(outboxMessageSchema),
  total: z.number().check(z.int(), z.nonnegative()),
  asOf: isoDateTime,
});
export type OutboxList = z.infer<typeof outboxListSchema>;
