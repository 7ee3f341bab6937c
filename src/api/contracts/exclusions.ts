import * as z from 'zod/mini';
import {
  alertSummarySchema,
  detectionIdSchema,
  exclusionKindSchema,
  exclusionSchema,
  type ExclusionKind,
} from './alerts';
import { versioned } from './config';
import { detections, type Detection } from './detections';
import { entityRefSchema } from './entities';
import { isoDateTime } from './vocabulary';

/**
 * Configuration → Detection → Exclusions (catalog §3.3, §6.9): one list per excludable detection
 * and the global list. The lists are one versioned resource: GET answers every entry with an
 * ETag; PATCH sends a change set (entries added, entries removed, expiry changes) with If-Match,
 * so reloading after a 412 puts the same changes on top of the latest lists.
 */

/** Kinds the global list offers: IP addresses and subnets, devices, domains (catalog §6.9, XDR). */
export const globalExclusionKinds: readonly ExclusionKind[] = ['IP address', 'Computer', 'Domain'];

/** The detections with an exclusion list, in catalog order. */
export const excludableDetections: readonly Detection[] = detections.filter(
  (d) => d.exclusionKinds.length > 0,
);

/** The kinds a list offers: the detection's (catalog §3.3), or the global kinds for null. */
export function exclusionKindsOf(detectionId: string | null): readonly ExclusionKind[] {
  if (detectionId === null) return globalExclusionKinds;
  return excludableDetections.find((d) => d.id === detectionId)?.exclusionKinds ?? [];
}

/** Defaults of a new instance (catalog §3.3, 2031): vendor domains, removable. */
export const defaultExclusions: readonly {
  detectionId: string;
  kind: ExclusionKind;
  value: string;
}[] = ['e5.sk', 'sophosxl.net', 'spotify.com'].map((value) => ({
  detectionId: '2031',
  kind: 'Domain',
  value,
}));

export const exclusionNoteMax = 500;
/** How many entries one save may add (a pasted list of thousands is fine; more is a mistake). */
export const exclusionAddMax = 5000;

/** One entry to add, as the page (or a pasted line) gives it. */
export const exclusionDraftSchema = z.object({
  detectionId: z.nullable(detectionIdSchema),
  kind: exclusionKindSchema,
  value: z.string().check(z.trim(), z.minLength(1, 'Enter a value'), z.maxLength(255)),
  note: z.nullable(
    z
      .string()
      .check(z.maxLength(exclusionNoteMax, `A note has at most ${exclusionNoteMax} characters`)),
  ),
  expiresAt: z.nullable(isoDateTime),
});
export type ExclusionDraft = z.infer<typeof exclusionDraftSchema>;

export const exclusionExpiryChangeSchema = z.object({
  id: z.string(),
  expiresAt: z.nullable(isoDateTime),
});
export type ExclusionExpiryChange = z.infer<typeof exclusionExpiryChangeSchema>;

/** PATCH /api/exclusions (If-Match): what the page changed since it loaded the lists. */
export const exclusionChangesSchema = z.object({
  add: z
    .array(exclusionDraftSchema)
    .check(z.maxLength(exclusionAddMax, `Add at most ${exclusionAddMax} entries at a time`)),
  remove: z.array(z.string()),
  expiry: z.array(exclusionExpiryChangeSchema),
});
export type ExclusionChanges = z.infer<typeof exclusionChangesSchema>;

/** GET and PATCH /api/exclusions answer every list's entries, with the ETag. */
export const exclusionsSchema = z.object({
  items: z.array(exclusionSchema),
  /** The service's time: entries whose expiry is at or before it show as expired. */
  asOf: isoDateTime,
});
export type Exclusions = z.infer<typeof exclusionsSchema>;
export const exclusionsResponseSchema = versioned(exclusionsSchema);

/** POST /api/exclusions/impact: the entries a change would add. */
export const exclusionImpactRequestSchema = z.object({ add: exclusionChangesSchema.shape.add });
export type ExclusionImpactRequest = z.infer<typeof exclusionImpactRequestSchema>;

export const impactWindowDays = 30;
export const impactAlertsShown = 50;

/** How many of the last 30 days' alerts the entries would have excluded, and the newest of them. */
export const exclusionImpactSchema = z.object({
  from: isoDateTime,
  to: isoDateTime,
  total: z.number(),
  /** Per entry of the request, in order: how many alerts it alone matches. */
  perEntry: z.array(z.number()),
  /** The newest `impactAlertsShown` of them. */
  alerts: z.array(alertSummarySchema),
});
export type ExclusionImpact = z.infer<typeof exclusionImpactSchema>;

export const exclusionParseMaxChars = 1_000_000;

/** POST /api/exclusions/parse: pasted lines or an uploaded CSV file for one list. */
export const exclusionParseRequestSchema = z.object({
  detectionId: z.nullable(detectionIdSchema),
  text: z
    .string()
    .check(
      z.maxLength(exclusionParseMaxChars, 'The file is too large: split it into files under 1 MB'),
    ),
});
export type ExclusionParseRequest = z.infer<typeof exclusionParseRequestSchema>;

export const exclusionLineErrorSchema = z.object({
  /** 1-based line number in the text as pasted (the CSV header counts). */
  line: z.number(),
  /** The column the problem is in: value, kind, expiresAt or note. */
  field: z.string(),
  message: z.string(),
});
export type ExclusionLineError = z.infer<typeof exclusionLineErrorSchema>;

export const exclusionParseResultSchema = z.object({
  entries: z.array(
    z.object({ ...exclusionDraftSchema.shape, entity: z.nullable(entityRefSchema) }),
  ),
  errors: z.array(exclusionLineErrorSchema),
  /** Lines that repeated an entry already in the text or in the list (merged, not added twice). */
  duplicates: z.number(),
});
export type ExclusionParseResult = z.infer<typeof exclusionParseResultSchema>;

/** The CSV columns of Export (and Import/paste, where only value is required). */
export const exclusionCsvColumns = [
  'detectionId',
  'detection',
  'kind',
  'value',
  'expiresAt',
  'note',
  'addedBy',
  'addedAt',
  'fromAlertId',
] as const;
