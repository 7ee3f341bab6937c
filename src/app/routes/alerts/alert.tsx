import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { alertQueries } from '@/features/alerts/api/alert-queries';
import { AlertPage } from '@/features/alerts/components/alert-page';

/** One alert: `/alerts/:alertId`. */
export function Component() {
  const { alertId = '' } = useParams();
  return <AlertPage key={alertId} id={alertId} />;
}

export const loader =
  (queryClient: QueryClient) =>
  ({ params }: LoaderFunctionArgs) => {
    if (params.alertId) void queryClient.prefetchQuery(alertQueries.detail(params.alertId));
    return null;
  };
