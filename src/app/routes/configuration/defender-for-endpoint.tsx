import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { defenderQueries } from '@/features/data-sources/api/defender-queries';
import { DefenderPage } from '@/features/data-sources/components/defender-page';
import { meQueries } from '@/lib/auth/me-queries';
import { usePermissions } from '@/lib/auth/use-permissions';

/**
 * Configuration → Data sources → Microsoft Defender for Endpoint. Changing it takes the Global or
 * Security Administrator directory role, not only the Administrators role group (catalog 2.51).
 */
export function Component() {
  const { data: me } = useSuspenseQuery(meQueries.current());
  const { can } = usePermissions();
  return (
    <DefenderPage
      canEdit={can('config.dataSources') && me.isDirectoryAdmin}
      tenantName={me.tenant.name}
      isRoleGroupAdministrator={me.role === 'Administrator' && !me.isDirectoryAdmin}
    />
  );
}

/** Starts loading the setting and its status with the route, without holding the navigation back. */
export const loader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(defenderQueries.settings());
  void queryClient.prefetchQuery(defenderQueries.status());
  return null;
};
