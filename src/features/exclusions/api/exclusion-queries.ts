import { queryOptions } from '@tanstack/react-query';
import {
  exclusionImpactSchema,
  exclusionParseResultSchema,
  exclusionsResponseSchema,
  type ExclusionChanges,
  type ExclusionDraft,
  type ExclusionParseRequest,
} from '@/api/contracts/exclusions';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { shouldRetry } from '@/lib/query-client';

/** Query options for the exclusions page; every key is nested under `all()`. */
export const exclusionQueries = {
  all: () => ['exclusions'] as const,
  lists: () =>
    queryOptions({
      queryKey: [...exclusionQueries.all(), 'lists'] as const,
      queryFn: ({ signal }) => http.get(endpoints.exclusions, exclusionsResponseSchema, { signal }),
      retry: shouldRetry,
    }),
  /** The impact preview of the entries about to be added (recomputed as they change). */
  impact: (add: readonly ExclusionDraft[]) =>
    queryOptions({
      queryKey: [...exclusionQueries.all(), 'impact', add] as const,
      queryFn: () => http.send('POST', endpoints.exclusionsImpact, { add }, exclusionImpactSchema),
      enabled: add.length > 0,
      staleTime: 30_000,
      retry: shouldRetry,
    }),
};

/** PATCH the change set, based on the version the page loaded. */
export function saveExclusions(changes: ExclusionChanges, etag: string) {
  return http.send('PATCH', endpoints.exclusions, changes, exclusionsResponseSchema, {
    ifMatch: etag,
  });
}

/** Checks pasted lines, an uploaded file or one typed value for a list. */
export function parseExclusions(request: ExclusionParseRequest) {
  return http.send('POST', endpoints.exclusionsParse, request, exclusionParseResultSchema);
}
