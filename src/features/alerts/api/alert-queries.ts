import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import {
  alertDetailSchema,
  alertPageSchema,
  type AlertFilter,
  type AlertPage,
  type AlertSummary,
} from '@/api/contracts/alerts';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { shouldRetry } from '@/lib/query-client';

/** Alerts per page of the timeline (the server pages by a `before` cursor). */
export const ALERT_PAGE_SIZE = 50;
/** How often an open timeline asks for alerts newer than what it shows. */
export const NEW_ALERTS_POLL_MS = 5_000;

/** A query string from the params that are set. */
function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

const getPage = (
  params: { filter: AlertFilter; before?: string; since?: string; limit: number },
  signal: AbortSignal,
) => http.get(`${endpoints.alerts}${queryString(params)}`, alertPageSchema, { signal });

/** Query options for security alerts; every key is nested under `all()`. */
export const alertQueries = {
  all: () => ['alerts'] as const,
  lists: () => [...alertQueries.all(), 'list'] as const,
  /** The timeline with one filter, newest first; each page ends where the next begins. */
  list: (filter: AlertFilter) =>
    infiniteQueryOptions({
      queryKey: [...alertQueries.lists(), filter] as const,
      queryFn: ({ signal, pageParam }) =>
        getPage({ filter, before: pageParam, limit: ALERT_PAGE_SIZE }, signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (page) => page.nextBefore ?? undefined,
      structuralSharing: false,
      retry: shouldRetry,
    }),
  /** The filter pane's numbers (every page carries them; this asks for the smallest page). */
  counts: () =>
    queryOptions({
      queryKey: [...alertQueries.all(), 'counts'] as const,
      queryFn: async ({ signal }) => (await getPage({ filter: 'All', limit: 1 }, signal)).counts,
      retry: shouldRetry,
    }),
  /** Alerts of the filter that started after `since` (the service time of the list's first page). */
  newSince: (filter: AlertFilter, since: string) =>
    queryOptions({
      queryKey: [...alertQueries.all(), 'new', filter, since] as const,
      queryFn: ({ signal }) => getPage({ filter, since, limit: ALERT_PAGE_SIZE }, signal),
      retry: false,
    }),
  details: () => [...alertQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...alertQueries.details(), id] as const,
      queryFn: ({ signal }) => http.get(endpoints.alert(id), alertDetailSchema, { signal }),
      retry: shouldRetry,
    }),
};

/** Every alert loaded in an infinite list's pages, in order. */
export const loadedAlerts = (pages: readonly AlertPage[] | undefined): AlertSummary[] =>
  pages ? pages.flatMap((page) => page.items) : [];
