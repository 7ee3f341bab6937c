import * as z from 'zod/mini';
import { auditChangeSchema } from './audit';
import { fqdnSchema, portSchema } from './config';
import { accountKindSchema } from './directory-services';
import { exclusionAddMax, exclusionDraftSchema } from './exclusions';
import { emailNotificationsSchema, previewDetectionsSchema } from './notifications';
import { scheduledReportsSchema } from './scheduled-reports';
import { syslogEventsSchema, syslogFormatSchema, syslogTransportSchema } from './syslog';
import { isoDateTime } from './vocabulary';

/**
 * A whole instance's configuration as one versioned JSON document (docs/configuration-format.md).
 * Export writes it; import validates it, shows it as a per-page diff and applies it all or nothing.
 * Secrets (passwords, the RADIUS shared secret, the access key) are never part of it. Each page is
 * a section; a document may hold only some sections (an ATA inventory), and import leaves the pages
 * of missing sections as they are.
 */
export const CONFIGURATION_FORMAT = 'vigil-configuration';
export const CONFIGURATION_SCHEMA_VERSION = 1;

export const configurationDocumentSchema = z.object({
  format: z.literal(CONFIGURATION_FORMAT, {
    error: `This is not a configuration file: "format" must be "${CONFIGURATION_FORMAT}"`,
  }),
  schemaVersion: z.literal(CONFIGURATION_SCHEMA_VERSION, {
    error: `This file's schema version is not supported: "schemaVersion" must be ${CONFIGURATION_SCHEMA_VERSION}`,
  }),
  exportedAt: isoDateTime,
  exportedBy: z.string(),
  /** The instance the configuration was exported from (or "ATA" for a hand-written inventory). */
  instance: z.string(),
  /** Section key → its content; each section is validated by its own schema. */
  sections: z.record(z.string(), z.unknown()),
});
export type ConfigurationDocument = z.infer<typeof configurationDocumentSchema>;

const name = (what: string) =>
  z.string().check(z.trim(), z.minLength(1, `Enter the ${what}`), z.maxLength(256));

/** The portable shape of each built-in section (strict: a secret or a typo is an error). */
export const directoryServicesSectionSchema = z.strictObject({
  /** Passwords are never exported; accounts new to an instance need theirs entered there. */
  accounts: z.array(
    z.strictObject({
      kind: accountKindSchema,
      accountName: name('account name'),
      domain: fqdnSchema,
    }),
  ),
});
export const syslogSectionSchema = z.strictObject({
  enabled: z.boolean(),
  /** The forwarding sensor, by name (ids differ between instances). */
  sensor: z.nullable(z.string()),
  server: z.string(),
  port: portSchema,
  transport: syslogTransportSchema,
  format: syslogFormatSchema,
  events: syslogEventsSchema,
});
/** The RADIUS shared secret is never exported: it is entered on the VPN page. */
export const vpnSectionSchema = z.strictObject({ radiusAccounting: z.boolean() });
export const defenderSectionSchema = z.strictObject({ enabled: z.boolean() });
export const emailNotificationsSectionSchema = emailNotificationsSchema;
export const scheduledReportsSectionSchema = scheduledReportsSchema;
export const previewDetectionsSectionSchema = previewDetectionsSchema;
/** The sensors (by name) that update 72 hours after a release; the others update at once. */
export const delayedUpdatesSectionSchema = z.strictObject({
  sensors: z.array(name('sensor name')),
});
/** Role group members by UPN. */
export const roleGroupsSectionSchema = z.strictObject({
  administrators: z.array(z.email('Enter the member’s user principal name')),
  users: z.array(z.email('Enter the member’s user principal name')),
  viewers: z.array(z.email('Enter the member’s user principal name')),
});

const entityNames = z.array(name('entity name')).check(z.maxLength(1_000));
/**
 * Entity tags by name: users by UPN (or display name, SAM name), computers by DNS name (or
 * NetBIOS name), groups by name — each must name exactly one entity of the directory.
 */
export const entityTagsSectionSchema = z.strictObject({
  honeytokens: entityNames,
  sensitiveAccounts: entityNames,
  sensitiveGroups: entityNames,
  exchangeServers: entityNames,
});

/**
 * The exclusion lists as their entries: each detection's list (`detectionId`) and the global list
 * (null), with kind, value, note and expiry. Who added an entry and the alert it was excluded from
 * stay with the instance it was added in.
 */
export const exclusionsSectionSchema = z.strictObject({
  entries: z
    .array(z.strictObject(exclusionDraftSchema.shape))
    .check(z.maxLength(exclusionAddMax, `A file holds at most ${exclusionAddMax} exclusions`)),
});
export type ExclusionsSection = z.infer<typeof exclusionsSectionSchema>;

/** POST /api/configuration/import/preview: what importing the document would change, page by page. */
export const importSectionPreviewSchema = z.object({
  key: z.string(),
  /** The page's name, as the configuration menu and the audit log call it. */
  page: z.string(),
  /** Where the page is (a portal path). */
  href: z.string(),
  changes: z.array(auditChangeSchema),
  /** What will not be carried over as written (a sensor this instance lacks, a secret to enter). */
  warnings: z.array(z.string()),
});
export type ImportSectionPreview = z.infer<typeof importSectionPreviewSchema>;

export const importPreviewSchema = z.object({
  source: z.object({ instance: z.string(), exportedAt: isoDateTime, exportedBy: z.string() }),
  /** The version of the current configuration the diff was made against (send it as If-Match). */
  etag: z.string(),
  sections: z.array(importSectionPreviewSchema),
  /** Sections of this instance the document doesn't hold: left as they are. */
  untouched: z.array(z.object({ key: z.string(), page: z.string() })),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/** POST /api/configuration/import: the pages that changed (one audit entry each). */
export const importResultSchema = z.object({
  changed: z.array(z.object({ key: z.string(), page: z.string(), changes: z.number() })),
});
export type ImportResult = z.infer<typeof importResultSchema>;
