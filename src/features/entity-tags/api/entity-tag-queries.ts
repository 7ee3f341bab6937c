import { queryOptions } from '@tanstack/react-query';
import {
  builtInSensitiveGroupListSchema,
  entityTagResolveResultSchema,
  entityTagsResponseSchema,
  type EntityTagResolveInput,
  type EntityTagsInput,
} from '@/api/contracts/entity-tags';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { shouldRetry } from '@/lib/query-client';

const path = endpoints.config('entity-tags');

/** Entity tags (a versioned settings resource) and the built-in sensitive groups; keys under `all()`. */
export const entityTagQueries = {
  all: () => ['entity-tags'] as const,
  settings: () =>
    queryOptions({
      queryKey: [...entityTagQueries.all(), 'settings'] as const,
      queryFn: ({ signal }) => http.get(path, entityTagsResponseSchema, { signal }),
      retry: shouldRetry,
    }),
  builtInGroups: () =>
    queryOptions({
      queryKey: [...entityTagQueries.all(), 'built-in-groups'] as const,
      queryFn: ({ signal }) =>
        http.get(endpoints.entityTagsBuiltInGroups, builtInSensitiveGroupListSchema, { signal }),
      retry: shouldRetry,
      staleTime: 5 * 60_000,
    }),
};

export const saveEntityTags = (input: EntityTagsInput, etag: string) =>
  http.send('PUT', path, input, entityTagsResponseSchema, { ifMatch: etag });

export const resolvePastedLines = (input: EntityTagResolveInput) =>
  http.send('POST', endpoints.entityTagsResolve, input, entityTagResolveResultSchema);
