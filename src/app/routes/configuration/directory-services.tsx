import type { QueryClient } from '@tanstack/react-query';
import { directoryServiceQueries } from '@/features/directory-services/api/directory-service-queries';
import { DirectoryServicesPage } from '@/features/directory-services/components/directory-services-page';
import { usePermissions } from '@/lib/auth/use-permissions';

/** Configuration → Data sources → Directory services. */
export function Component() {
  const { can } = usePermissions();
  return <DirectoryServicesPage canEdit={can('config.dataSources')} />;
}

/** Starts loading the accounts with the route, without holding the navigation back. */
export const loader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(directoryServiceQueries.list());
  return null;
};
