import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { alertQueries } from '@/features/alerts/api/alert-queries';
import { AlertsPage } from '@/features/alerts/components/alerts-page';
import { parseAlertFilter } from '@/features/alerts/utils/alert-filter';

/** The security alerts timeline: every role views it; Administrators and Users triage. */
export function Component() {
  return <AlertsPage />;
}

/** Starts loading the first page (kept in the cache: coming back shows the pages loaded before). */
export const loader =
  (queryClient: QueryClient) =>
  ({ request }: LoaderFunctionArgs) => {
    const filter = parseAlertFilter(new URL(request.url).searchParams.get('filter'));
    void queryClient.prefetchInfiniteQuery(alertQueries.list(filter));
    return null;
  };
