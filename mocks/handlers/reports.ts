import { HttpResponse } from 'msw';
import {
  defaultReportRange,
  reportListSchema,
  reportPageEntries,
  reportRangeErrors,
  reportRangeQuerySchema,
  type ReportList,
} from '../../src/api/contracts/reports';
import { reportIdSchema, type ReportId } from '../../src/api/contracts/scheduled-reports';
import { endpointPatterns, endpoints } from '../../src/api/endpoints';
import { reportAvailability } from '../reports/availability';
import { todayOf, windowOfDays, type ReportContext } from '../reports/report-context';
import { reportWorkbook } from '../reports/report-workbook';
import { store } from '../store/store';
import { workbookContentType, workbookHeaders } from '../workbook/workbook';
import { apiRoute, type Caller } from './api-route';
import { problem } from './problem';

const contextOf = (caller: Caller, now: number): ReportContext => ({
  state: store.state,
  tenant: caller.tenant,
  tenantState: caller.tenantState,
  now,
});

/** The asked range with its defaults (the last 7 days), or the 400 naming the wrong field. */
function rangeOf(
  id: ReportId,
  query: { from?: string | undefined; to?: string | undefined },
  today: string,
): { range: { from: string; to: string } } | { refusal: Response } {
  const to = query.to ?? today;
  const from = query.from ?? (to <= today ? defaultReportRange(to).from : today);
  const range = { from, to };
  const errors = reportRangeErrors(id, range, today);
  if (errors.from || errors.to) {
    return {
      refusal: problem(400, 'The query is not valid', {
        code: 'validation',
        errors: Object.fromEntries(
          Object.entries(errors).map(([field, message]) => [field, [message]]),
        ),
      }),
    };
  }
  return { range };
}

const rangeErrors =
  'From before the report’s history (180 days; paths 60 days), a day after today, or To before From (`errors.from`, `errors.to`).';

export const reportHandlers = [
  apiRoute(
    'get',
    endpoints.reports,
    {
      summary: 'The reports, and which of them hold data in a range of days',
      permission: 'reports.download',
      query: reportRangeQuerySchema,
      response: reportListSchema,
      errors: { 400: rangeErrors },
    },
    async ({ caller, query, now }) => {
      const ctx = contextOf(caller, now);
      const today = todayOf(ctx);
      // The list is checked against the longest history; each report clips to its own.
      const asked = rangeOf('summary', query, today);
      if ('refusal' in asked) return asked.refusal;
      const list: ReportList = {
        ...asked.range,
        today,
        items: await Promise.all(
          reportPageEntries.map((r) => reportAvailability(ctx, r.id, asked.range)),
        ),
        asOf: new Date(now).toISOString(),
      };
      return HttpResponse.json(list);
    },
  ),

  apiRoute(
    'get',
    endpointPatterns.report,
    {
      summary: 'Download a report (.xlsx) for a range of days (at most 300,000 rows)',
      permission: 'reports.download',
      query: reportRangeQuerySchema,
      response: {
        contentType: workbookContentType,
        description: 'The report’s workbook: one tab per part of the report',
      },
      errors: { 400: rangeErrors, 404: 'No such report (`code`: `not-found`).' },
    },
    async ({ caller, params, query, now }) => {
      const id = reportIdSchema.safeParse(params.reportId);
      if (!id.success) return problem(404, 'No such report', { code: 'not-found' });
      const ctx = contextOf(caller, now);
      const asked = rangeOf(id.data, query, todayOf(ctx));
      if ('refusal' in asked) return asked.refusal;
      const file = await reportWorkbook(ctx, id.data, windowOfDays(id.data, asked.range, now));
      // Bytes, not the Blob: the test environment's Blob can't be streamed into a Response.
      return new HttpResponse(await file.blob.arrayBuffer(), {
        headers: workbookHeaders(file.fileName),
      });
    },
  ),
];
