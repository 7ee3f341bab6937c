import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { AlertPage, AlertSummary } from '@/api/contracts/alerts';
import { alertQueries } from './alert-queries';

type Pages = InfiniteData<AlertPage, string | undefined>;

function mapLists(queryClient: QueryClient, map: (items: AlertSummary[]) => AlertSummary[]) {
  queryClient.setQueriesData<Pages>({ queryKey: alertQueries.lists() }, (data) =>
    data
      ? { ...data, pages: data.pages.map((page) => ({ ...page, items: map(page.items) })) }
      : data,
  );
}

/**
 * The card updates in place: the changed alert replaces its copy in every loaded list, and the
 * lists are marked stale without refetching, so what the reader is looking at doesn't move. They
 * refetch the next time a list is opened; the counts refetch at once.
 */
export async function alertChanged(queryClient: QueryClient, alert: AlertSummary) {
  mapLists(queryClient, (items) =>
    items.map((item) => (item.id === alert.id ? { ...item, ...alert } : item)),
  );
  await queryClient.invalidateQueries({ queryKey: alertQueries.lists(), refetchType: 'none' });
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: alertQueries.counts().queryKey }),
    queryClient.invalidateQueries({ queryKey: alertQueries.detail(alert.id).queryKey }),
    // Profiles count open alerts and list them among their activities.
    queryClient.invalidateQueries({ queryKey: ['entities'] }),
  ]);
}

/** A deleted alert leaves every loaded list at once. */
export async function alertsRemoved(queryClient: QueryClient, ids: ReadonlySet<string>) {
  mapLists(queryClient, (items) => items.filter((item) => !ids.has(item.id)));
  await queryClient.invalidateQueries({ queryKey: alertQueries.lists(), refetchType: 'none' });
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: alertQueries.counts().queryKey }),
    queryClient.invalidateQueries({ queryKey: ['entities'] }),
  ]);
  for (const id of ids) queryClient.removeQueries({ queryKey: alertQueries.detail(id).queryKey });
}
