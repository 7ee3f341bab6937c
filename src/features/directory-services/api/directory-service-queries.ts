import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  directoryAccountsResponseSchema,
  type DirectoryAccountCreate,
  type DirectoryAccountsResponse,
  type DirectoryAccountUpdate,
} from '@/api/contracts/directory-services';
import { endpoints } from '@/api/endpoints';
import { isApiError } from '@/api/errors';
import { http } from '@/api/http';
import { shouldRetry } from '@/lib/query-client';

/** The directory service accounts; every key is nested under `all()`. */
export const directoryServiceQueries = {
  all: () => ['directory-services'] as const,
  /** The accounts (passwords only as `{ isSet, updatedAt }`) and the list's version. */
  list: () =>
    queryOptions({
      queryKey: [...directoryServiceQueries.all(), 'list'] as const,
      queryFn: ({ signal }) =>
        http.get(endpoints.directoryServices, directoryAccountsResponseSchema, { signal }),
      retry: shouldRetry,
    }),
};

/**
 * A change to the list, based on the version the user saw (If-Match). Success puts the new list in
 * the cache; a 412 reloads it so the next try is based on the latest version.
 */
function useListChange<Vars>(send: (vars: Vars) => Promise<DirectoryAccountsResponse>) {
  const queryClient = useQueryClient();
  const key = directoryServiceQueries.list().queryKey;
  return useMutation({
    mutationFn: send,
    onSuccess: (list) => queryClient.setQueryData(key, list),
    onError: (error) => {
      if (isApiError(error) && (error.status === 412 || error.status === 404)) {
        void queryClient.invalidateQueries({ queryKey: key });
      }
    },
  });
}

export function useAddDirectoryAccount() {
  return useListChange(({ input, etag }: { input: DirectoryAccountCreate; etag: string }) =>
    http.send('POST', endpoints.directoryServices, input, directoryAccountsResponseSchema, {
      ifMatch: etag,
    }),
  );
}

export function useUpdateDirectoryAccount() {
  return useListChange(
    ({ id, input, etag }: { id: string; input: DirectoryAccountUpdate; etag: string }) =>
      http.send('PUT', endpoints.directoryService(id), input, directoryAccountsResponseSchema, {
        ifMatch: etag,
      }),
  );
}

export function useRemoveDirectoryAccount() {
  return useListChange(({ id, etag }: { id: string; etag: string }) =>
    http.send(
      'DELETE',
      endpoints.directoryService(id),
      undefined,
      directoryAccountsResponseSchema,
      {
        ifMatch: etag,
      },
    ),
  );
}
