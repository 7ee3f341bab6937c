import { infiniteQueryOptions } from '@tanstack/react-query';
import { activityPageWithAlertsSchema } from '@/api/contracts/alerts';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { shouldRetry } from '@/lib/query-client';
import { entityQueries, queryString } from './entity-queries';

/** Lines per page of the Activities tab (the server pages by a `before` cursor). */
export const ACTIVITY_PAGE_SIZE = 100;

/**
 * The Activities tab, newest first: each page ends where the next begins (`nextBefore`), and
 * carries the entity's alerts that started in its window, shown inline. `types` empty means every
 * type; `start` (Go to a date) makes the list begin there. A module of its own, so the header
 * search (on every page) doesn't load the alert contracts.
 */
export const activityQuery = (id: string, types: readonly string[], start?: string) =>
  infiniteQueryOptions({
    queryKey: [...entityQueries.all(), 'activities', id, types.join(','), start ?? ''] as const,
    queryFn: ({ signal, pageParam }) =>
      http.get(
        `${endpoints.entityActivities(id)}${queryString({
          before: pageParam,
          types: types.join(','),
          limit: ACTIVITY_PAGE_SIZE,
        })}`,
        activityPageWithAlertsSchema,
        { signal },
      ),
    initialPageParam: start as string | undefined,
    getNextPageParam: (page) => page.nextBefore ?? undefined,
    // Pages are only ever appended: comparing 100 pages deeply on each one is wasted work.
    structuralSharing: false,
    retry: shouldRetry,
  });
