import type { QueryClient } from '@tanstack/react-query';
import { notificationQueries } from '@/features/notifications/api/notification-queries';
import { EmailNotificationsPage } from '@/features/notifications/components/email-notifications-page';
import { usePermissions } from '@/lib/auth/use-permissions';

export function Component() {
  const { can } = usePermissions();
  return <EmailNotificationsPage canEdit={can('config.notifications')} />;
}

export const loader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(notificationQueries.email());
  return null;
};
