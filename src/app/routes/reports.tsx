import type { QueryClient } from '@tanstack/react-query';
import { reportQueries } from '@/features/reports/api/report-queries';
import { ReportsPage } from '@/features/reports/components/reports-page';

/** Reports: every role may download them. */
export function Component() {
  return <ReportsPage />;
}

export const loader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(reportQueries.list());
  return null;
};
