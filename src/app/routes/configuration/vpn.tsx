import type { QueryClient } from '@tanstack/react-query';
import { vpnQueries } from '@/features/data-sources/api/vpn-queries';
import { VpnPage } from '@/features/data-sources/components/vpn-page';
import { usePermissions } from '@/lib/auth/use-permissions';

/** Configuration → Data sources → VPN. */
export function Component() {
  const { can } = usePermissions();
  return <VpnPage canEdit={can('config.dataSources')} />;
}

/** Starts loading the settings with the route, without holding the navigation back. */
export const loader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(vpnQueries.settings());
  return null;
};
