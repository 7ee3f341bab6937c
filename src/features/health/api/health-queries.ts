import { queryOptions } from '@tanstack/react-query';
import { healthIssueListSchema, type HealthIssueStatus } from '@/api/contracts/health';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { shouldRetry } from '@/lib/query-client';

/** Query options for health issues; every key is nested under `all()`. */
export const healthQueries = {
  all: () => ['health-issues'] as const,
  /** Issues with one status (all of them without), and the counts of every status. */
  list: (status?: HealthIssueStatus) =>
    queryOptions({
      queryKey: [...healthQueries.all(), 'list', status ?? 'all'] as const,
      queryFn: ({ signal }) =>
        http.get(
          status ? `${endpoints.healthIssues}?status=${status}` : endpoints.healthIssues,
          healthIssueListSchema,
          {
            signal,
          },
        ),
      retry: shouldRetry,
    }),
};
