import type { QueryClient } from '@tanstack/react-query';
import { exclusionQueries } from '@/features/exclusions/api/exclusion-queries';
import { ExclusionsPage } from '@/features/exclusions/components/exclusions-page';
import { usePermissions } from '@/lib/auth/use-permissions';

/** Configuration → Detection → Exclusions (Administrators and Users edit; Viewers read). */
export function Component() {
  const { can } = usePermissions();
  return <ExclusionsPage canEdit={can('config.exclusions')} />;
}

export const loader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(exclusionQueries.lists());
  return null;
};
