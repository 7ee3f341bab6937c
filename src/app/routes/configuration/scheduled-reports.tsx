import type { QueryClient } from '@tanstack/react-query';
import { notificationQueries } from '@/features/notifications/api/notification-queries';
import { ScheduledReportsPage } from '@/features/notifications/components/scheduled-reports-page';
import { usePermissions } from '@/lib/auth/use-permissions';

export function Component() {
  const { can } = usePermissions();
  return <ScheduledReportsPage canEdit={can('config.scheduledReports')} />;
}

export const loader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(notificationQueries.scheduledReports());
  return null;
};
