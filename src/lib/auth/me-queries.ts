import { queryOptions } from '@tanstack/react-query';
import { meSchema } from '@/api/contracts/me';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { shouldRetry } from '@/lib/query-client';

/** Who the signed-in user is for this portal: role, permissions and the tenant's instance. */
export const meQueries = {
  all: () => ['me'] as const,
  current: () =>
    queryOptions({
      queryKey: [...meQueries.all(), 'current'] as const,
      queryFn: ({ signal }) => http.get(endpoints.me, meSchema, { signal }),
      staleTime: 60_000,
      // Route loaders fetch this imperatively; keep the same retry policy as hooks.
      retry: shouldRetry,
    }),
};
