import * as z from 'zod/mini';
import { reportIdSchema, type ReportId } from './scheduled-reports';
import { isoDateTime } from './vocabulary';

/**
 * The Reports page (domain catalog §7.1): four reports, each downloaded as an Excel workbook for a
 * From / To range of whole UTC days. The service makes the workbook; the page only asks.
 */
/** A day as the date pickers and the API name it: `YYYY-MM-DD` (UTC). */
export const reportDaySchema = z.iso.date({ error: 'Enter a date as YYYY-MM-DD' });

/** How far back each report reaches (catalog §7.1, §12): paths 60 days, the rest 180 days. */
export const reportHistoryDays: Record<ReportId, number> = {
  summary: 180,
  'sensitive-groups': 180,
  'cleartext-passwords': 180,
  'lateral-movement-paths': 60,
};

/** Most rows one download holds (catalog §7.1, §12). */
export const reportRowCap = 300_000;

/** The page's words for each report (the paths report keeps the product's own label). */
export const reportPageEntries: readonly {
  id: ReportId;
  title: string;
  subtitle: string;
  /** Shown, greyed, when the range holds nothing (catalog §7.1); null: never empty. */
  emptyText: string | null;
}[] = [
  {
    id: 'summary',
    title: 'Summary',
    subtitle: 'A summary of suspicious activities and health issues',
    emptyText: null,
  },
  {
    id: 'sensitive-groups',
    title: 'Modifications to sensitive groups',
    subtitle:
      'Every modification to sensitive groups in Active Directory, including modifications which generated a suspicious activity',
    emptyText:
      'No modifications to groups were observed, make sure that events forwarding is properly configured',
  },
  {
    id: 'cleartext-passwords',
    title: 'Passwords exposed in cleartext',
    subtitle:
      'Source computers and accounts seen sending credentials in clear text via LDAP simple bind',
    emptyText: 'No passwords in cleartext were observed',
  },
  {
    id: 'lateral-movement-paths',
    title: 'Lateral movements paths to sensitive accounts',
    subtitle: 'Sensitive accounts exposed through lateral movement paths discovered in the period',
    emptyText: 'No lateral movement paths to sensitive accounts were discovered in this period',
  },
];

const rangeFields = z.object({
  /** First day included. Default: 6 days before `to`. */
  from: z.optional(reportDaySchema),
  /** Last day included. Default: the service's today. */
  to: z.optional(reportDaySchema),
});

/** To must not come before From (the field error lands on `to`). */
export const reportRangeQuerySchema = rangeFields.check(
  z.refine((r) => !r.from || !r.to || r.from <= r.to, {
    message: 'To must be on or after From',
    path: ['to'],
  }),
);
export type ReportRangeQuery = z.infer<typeof reportRangeQuerySchema>;

/** One report over the asked range: is there anything to download, and since when is there data. */
export const reportAvailabilitySchema = z.object({
  id: reportIdSchema,
  hasData: z.boolean(),
  /**
   * Rows the workbook would hold (its largest tab), capped at `reportRowCap`; null when the report
   * counts them only as it is made (the paths report: a scan per day).
   */
  rows: z.nullable(z.number().check(z.int(), z.nonnegative())),
  /** The first day with data within the report's history (the paths report pre-selects it). */
  firstDayWithData: z.nullable(reportDaySchema),
  /** The earliest From the report accepts (its history). */
  earliestFrom: reportDaySchema,
});
export type ReportAvailability = z.infer<typeof reportAvailabilitySchema>;

/** GET /api/reports?from=&to= */
export const reportListSchema = z.object({
  from: reportDaySchema,
  to: reportDaySchema,
  /** The service's today: the latest To any report accepts. */
  today: reportDaySchema,
  items: z.array(reportAvailabilitySchema),
  asOf: isoDateTime,
});
export type ReportList = z.infer<typeof reportListSchema>;

export const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of an instant (UTC). */
export const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Start of a `YYYY-MM-DD` day (UTC, ms). */
export const dayStart = (day: string) => Date.parse(`${day}T00:00:00.000Z`);
/** The day `n` days after `day` (negative: before). */
export const addDays = (day: string, n: number) => dayOf(dayStart(day) + n * DAY_MS);

/** The default range: the last 7 days up to `today`. */
export function defaultReportRange(today: string): { from: string; to: string } {
  return { from: addDays(today, -6), to: today };
}

/**
 * What is wrong with a range for a report, by field (empty: nothing). The page shows these at the
 * fields; the service answers the same as a 400.
 */
export function reportRangeErrors(
  id: ReportId,
  range: { from: string; to: string },
  today: string,
): { from?: string; to?: string } {
  const errors: { from?: string; to?: string } = {};
  const days = reportHistoryDays[id];
  const earliest = addDays(today, -(days - 1));
  if (!reportDaySchema.safeParse(range.from).success) errors.from = 'Enter a date as YYYY-MM-DD';
  else if (range.from < earliest)
    errors.from = `This report goes back ${days} days: pick ${earliest} or later`;
  else if (range.from > today) errors.from = 'From can’t be in the future';
  if (!reportDaySchema.safeParse(range.to).success) errors.to = 'Enter a date as YYYY-MM-DD';
  else if (range.to > today) errors.to = 'To can’t be in the future';
  else if (!errors.from && range.to < range.from) errors.to = 'To must be on or after From';
  return errors;
}
