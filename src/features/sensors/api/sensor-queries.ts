import { queryOptions } from '@tanstack/react-query';
import { healthIssueListSchema } from '@/api/contracts/health';
import { sensorHistorySchema, sensorListSchema, sensorSchema } from '@/api/contracts/sensors';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { shouldRetry } from '@/lib/query-client';

/** Query options for the sensors resource; every key is nested under `all()`. */
export const sensorQueries = {
  all: () => ['sensors'] as const,
  lists: () => [...sensorQueries.all(), 'list'] as const,
  /** Every sensor of the tenant. Filtering and sorting happen in the browser. */
  list: () =>
    queryOptions({
      queryKey: sensorQueries.lists(),
      queryFn: ({ signal }) => http.get(endpoints.sensors, sensorListSchema, { signal }),
      // The route loader prefetches imperatively: keep the same retry policy as the hooks.
      retry: shouldRetry,
    }),
  details: () => [...sensorQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...sensorQueries.details(), id] as const,
      queryFn: ({ signal }) => http.get(endpoints.sensor(id), sensorSchema, { signal }),
      retry: shouldRetry,
    }),
  histories: () => [...sensorQueries.all(), 'history'] as const,
  /** The last 30 days of a sensor's connection status. */
  history: (id: string) =>
    queryOptions({
      queryKey: [...sensorQueries.histories(), id] as const,
      queryFn: ({ signal }) =>
        http.get(endpoints.sensorHistory(id), sensorHistorySchema, { signal }),
      retry: shouldRetry,
    }),
  /**
   * Open health issues, under the Health Center's key for them (features can't import each
   * other), so both share one cache entry.
   */
  openHealthIssues: () =>
    queryOptions({
      queryKey: ['health-issues', 'list', 'Open'] as const,
      queryFn: ({ signal }) =>
        http.get(`${endpoints.healthIssues}?status=Open`, healthIssueListSchema, { signal }),
      retry: shouldRetry,
    }),
};
