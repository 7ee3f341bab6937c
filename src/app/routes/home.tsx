import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { paths } from '@/config/paths';
import { homeQueries } from '@/features/home/api/home-queries';
import { HomePage, type HomeLinks } from '@/features/home/components/home-page';
import { sensorViewSearch } from '@/features/sensors/utils/sensor-filters';
import { meQueries } from '@/lib/auth/me-queries';
import { configurationNavigation, portalNavigation } from '../navigation';

/**
 * Links only to pages that exist: the navigation lists a page once its route works, so a path
 * that isn't in it (yet) gets no link.
 */
function homeLinks(): HomeLinks {
  const existing = new Set([
    ...portalNavigation().flatMap((s) => s.items.map((i) => i.to)),
    ...configurationNavigation().flatMap((s) => s.items.map((i) => i.to)),
  ]);
  const ifExists = (path: string) => (existing.has(path) ? path : undefined);
  const sensors = ifExists(paths.configuration.sensors);
  return {
    sensors,
    health: ifExists(paths.health),
    onboarding: {
      'connect-directory': ifExists(paths.configuration.directoryServices),
      // Straight to the open Add sensor drawer (download and access key).
      'install-sensor': sensors && `${sensors}${sensorViewSearch({ setup: true })}`,
      'configure-sensor': sensors,
    },
  };
}

/** Home: the landing page. */
export function Component() {
  const { data: me } = useSuspenseQuery(meQueries.current());
  return <HomePage instanceName={me.instance?.name ?? ''} links={homeLinks()} />;
}

export const loader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(homeQueries.onboarding());
  void queryClient.prefetchQuery(homeQueries.domainControllers());
  void queryClient.prefetchQuery(homeQueries.sensors());
  return null;
};
