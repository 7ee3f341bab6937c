import { queryOptions } from '@tanstack/react-query';
import { entityProfileSchema } from '@/api/contracts/entities';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { shouldRetry } from '@/lib/query-client';

/**
 * An entity's profile, under the entities feature's key (`entityQueries.profile(id)` is this
 * function): the mini-profile of every entity link, in any feature, shares its cache entry with
 * the profile page.
 */
export const entityProfileQuery = (id: string) =>
  queryOptions({
    queryKey: ['entities', 'profile', id] as const,
    queryFn: ({ signal }) => http.get(endpoints.entity(id), entityProfileSchema, { signal }),
    retry: shouldRetry,
  });
