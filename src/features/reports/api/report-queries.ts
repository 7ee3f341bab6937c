import { queryOptions } from '@tanstack/react-query';
import { reportListSchema } from '@/api/contracts/reports';
import type { ReportId } from '@/api/contracts/scheduled-reports';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { shouldRetry } from '@/lib/query-client';

export interface DayRange {
  from: string;
  to: string;
}

const search = (range?: DayRange) => (range ? `?from=${range.from}&to=${range.to}` : '');

/** Query options for the Reports page; every key is nested under `all()`. */
export const reportQueries = {
  all: () => ['reports'] as const,
  /** Which reports hold data in a range (the service's last 7 days without one). */
  list: (range?: DayRange) =>
    queryOptions({
      queryKey: [...reportQueries.all(), 'list', range?.from ?? '', range?.to ?? ''] as const,
      queryFn: ({ signal }) =>
        http.get(`${endpoints.reports}${search(range)}`, reportListSchema, { signal }),
      retry: shouldRetry,
    }),
};

/** The report's workbook for a range, as the service makes it. */
export function downloadReport(id: ReportId, range: DayRange) {
  return http.download(`${endpoints.report(id)}${search(range)}`);
}
