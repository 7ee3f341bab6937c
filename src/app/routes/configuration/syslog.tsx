import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { syslogQueries } from '@/features/syslog/api/syslog-queries';
import { SyslogPage } from '@/features/syslog/components/syslog-page';
import { meQueries } from '@/lib/auth/me-queries';
import { usePermissions } from '@/lib/auth/use-permissions';

/** Configuration → Notifications and reports → Syslog notifications (a data source: Administrators). */
export function Component() {
  const { data: me } = useSuspenseQuery(meQueries.current());
  const { can } = usePermissions();
  return <SyslogPage canEdit={can('config.dataSources')} instanceUrl={me.instance?.url ?? ''} />;
}

/** Starts loading the settings and sensors with the route, without holding the navigation back. */
export const loader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(syslogQueries.settings());
  void queryClient.prefetchQuery(syslogQueries.sensors());
  return null;
};
