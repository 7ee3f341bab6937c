import type { QueryClient } from '@tanstack/react-query';
import { notificationQueries } from '@/features/notifications/api/notification-queries';
import { PreviewDetectionsPage } from '@/features/notifications/components/preview-detections-page';
import { usePermissions } from '@/lib/auth/use-permissions';

export function Component() {
  const { can } = usePermissions();
  return <PreviewDetectionsPage canEdit={can('config.preview')} />;
}

export const loader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(notificationQueries.preview());
  return null;
};
