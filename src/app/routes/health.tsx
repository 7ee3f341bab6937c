import type { QueryClient } from '@tanstack/react-query';
import { healthQueries } from '@/features/health/api/health-queries';
import { HealthPage } from '@/features/health/components/health-page';

/** Health Center: every role may view it; Administrators change statuses. */
export function Component() {
  return <HealthPage />;
}

export const loader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(healthQueries.list());
  return null;
};
