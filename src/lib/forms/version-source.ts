import {
  useQueryClient,
  useSuspenseQuery,
  type QueryKey,
  type UseSuspenseQueryOptions,
} from '@tanstack/react-query';
import type { Versioned } from '@/api/contracts/config';

/** Where a versioned form's current value comes from, and how it gets the latest after a 412. */
export interface VersionSource<Output> {
  /** The version the form starts from; a newer one replaces an untouched form. */
  data: Versioned<Output>;
  /** Loads the latest version (undefined when it is gone, e.g. the sensor was deleted). */
  reload: () => Promise<Versioned<Output> | undefined>;
  /** Keeps a version just saved where the page reads it (a query's cache). */
  keep?: (saved: Versioned<Output>) => void;
}

/**
 * A settings resource of its own (`GET /api/config/<name>`) as a form's source: the query
 * factory's options (`vpnQueries.settings()`); suspends until it is loaded.
 */
export function useVersionedQuery<Output, Key extends QueryKey = QueryKey, Err = Error>(
  query: UseSuspenseQueryOptions<Versioned<Output>, Err, Versioned<Output>, Key>,
): VersionSource<Output> {
  const queryClient = useQueryClient();
  const { data, refetch } = useSuspenseQuery(query);
  return {
    data,
    reload: async () => (await refetch()).data,
    keep: (saved) => queryClient.setQueryData<Versioned<Output>>(query.queryKey, saved),
  };
}
