import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  activityPageSchema,
  activitySummarySchema,
  entityProfileSchema,
  memberOfResultSchema,
  membersResultSchema,
  organizationSchema,
  searchResultSchema,
  type EntityRef,
  type MembershipScope,
  type SearchFilter,
} from '@/api/contracts/entities';
import { lateralMovementPathsSchema } from '@/api/contracts/lateral-movement';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { shouldRetry } from '@/lib/query-client';

/** A query string from the params that are set (empty strings and undefined are left out). */
export function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** A page of Member of or Members: the entity at the other end, its depth and the group between. */
export interface MembershipPage {
  directCount: number;
  recursiveCount: number;
  total: number;
  offset: number;
  items: { entity: EntityRef; depth: number; via: EntityRef | null }[];
}

/** Lines per page of the Activities tab (the server pages by a `before` cursor). */
export const ACTIVITY_PAGE_SIZE = 100;
/** Rows per page of the search results page and membership lists. */
export const SEARCH_PAGE_SIZE = 100;
export const MEMBERSHIP_PAGE_SIZE = 200;

/** Query options for entities (search, profiles, memberships, activities); keys under `all()`. */
export const entityQueries = {
  all: () => ['entities'] as const,
  searches: () => [...entityQueries.all(), 'search'] as const,
  /** One page of search hits (`offset` in rows); the type-ahead asks for the first few. */
  search: (q: string, filter: SearchFilter = 'All', offset = 0, limit = 8) =>
    queryOptions({
      queryKey: [...entityQueries.searches(), q, filter, offset, limit] as const,
      queryFn: ({ signal }) =>
        http.get(
          `${endpoints.entitySearch}${queryString({ q, filter, offset, limit })}`,
          searchResultSchema,
          { signal },
        ),
      enabled: q.trim().length > 0,
      placeholderData: keepPreviousData,
      retry: shouldRetry,
    }),
  profiles: () => [...entityQueries.all(), 'profile'] as const,
  /** The profile's left panel and Directory data; also what the mini-profile shows. */
  profile: (id: string) =>
    queryOptions({
      queryKey: [...entityQueries.profiles(), id] as const,
      queryFn: ({ signal }) => http.get(endpoints.entity(id), entityProfileSchema, { signal }),
      retry: shouldRetry,
    }),
  memberOf: (id: string, scope: MembershipScope, q = '', offset = 0) =>
    queryOptions({
      queryKey: [...entityQueries.all(), 'member-of', id, scope, q, offset] as const,
      queryFn: ({ signal }) =>
        http.get(
          `${endpoints.entityMemberOf(id)}${queryString({ scope, q, offset, limit: MEMBERSHIP_PAGE_SIZE })}`,
          memberOfResultSchema,
          { signal },
        ),
      placeholderData: keepPreviousData,
      retry: shouldRetry,
    }),
  members: (id: string, scope: MembershipScope, q = '', offset = 0) =>
    queryOptions({
      queryKey: [...entityQueries.all(), 'members', id, scope, q, offset] as const,
      queryFn: ({ signal }) =>
        http.get(
          `${endpoints.entityMembers(id)}${queryString({ scope, q, offset, limit: MEMBERSHIP_PAGE_SIZE })}`,
          membersResultSchema,
          { signal },
        ),
      placeholderData: keepPreviousData,
      retry: shouldRetry,
    }),
  /**
   * Member of or Members as one shape (the entity at the other end of each membership), for the
   * one list component that shows both.
   */
  membershipRows: (
    list: 'member-of' | 'members',
    id: string,
    scope: MembershipScope,
    q = '',
    offset = 0,
  ) =>
    queryOptions({
      queryKey: [...entityQueries.all(), list, id, scope, q, offset, 'rows'] as const,
      queryFn: async ({ signal }): Promise<MembershipPage> => {
        const search = queryString({ scope, q, offset, limit: MEMBERSHIP_PAGE_SIZE });
        if (list === 'member-of') {
          const page = await http.get(
            `${endpoints.entityMemberOf(id)}${search}`,
            memberOfResultSchema,
            {
              signal,
            },
          );
          return {
            ...page,
            items: page.items.map(({ group, depth, via }) => ({ entity: group, depth, via })),
          };
        }
        return http.get(`${endpoints.entityMembers(id)}${search}`, membersResultSchema, { signal });
      },
      placeholderData: keepPreviousData,
      retry: shouldRetry,
    }),
  organization: (id: string) =>
    queryOptions({
      queryKey: [...entityQueries.all(), 'organization', id] as const,
      queryFn: ({ signal }) =>
        http.get(endpoints.entityOrganization(id), organizationSchema, { signal }),
      retry: shouldRetry,
    }),
  /**
   * Lateral movement paths of a day (`date` undefined: the most recent). The profile asks for the
   * most recent too, to know whether to show the tab and the Paths badge.
   */
  lateralMovementPaths: (id: string, date?: string) =>
    queryOptions({
      queryKey: [...entityQueries.all(), 'lateral-movement-paths', id, date ?? ''] as const,
      queryFn: ({ signal }) =>
        http.get(
          `${endpoints.entityLateralMovementPaths(id)}${queryString({ date })}`,
          lateralMovementPathsSchema,
          { signal },
        ),
      placeholderData: keepPreviousData,
      retry: shouldRetry,
    }),
  activitySummary: (id: string) =>
    queryOptions({
      queryKey: [...entityQueries.all(), 'activity-summary', id] as const,
      queryFn: ({ signal }) =>
        http.get(endpoints.entityActivitySummary(id), activitySummarySchema, { signal }),
      retry: shouldRetry,
    }),
  /**
   * The Activities tab, newest first: each page ends where the next begins (`nextBefore`).
   * `types` empty means every type; `start` (Go to a date) makes the list begin there.
   */
  activities: (id: string, types: readonly string[], start?: string) =>
    infiniteQueryOptions({
      queryKey: [...entityQueries.all(), 'activities', id, types.join(','), start ?? ''] as const,
      queryFn: ({ signal, pageParam }) =>
        http.get(
          `${endpoints.entityActivities(id)}${queryString({
            before: pageParam,
            types: types.join(','),
            limit: ACTIVITY_PAGE_SIZE,
          })}`,
          activityPageSchema,
          { signal },
        ),
      initialPageParam: start as string | undefined,
      getNextPageParam: (page) => page.nextBefore ?? undefined,
      // Pages are only ever appended: comparing 100 pages deeply on each one is wasted work.
      structuralSharing: false,
      retry: shouldRetry,
    }),
};
