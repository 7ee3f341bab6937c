import type { QueryClient } from '@tanstack/react-query';
import { sensorQueries } from '@/features/sensors/api/sensor-queries';
import { domainControllerQueries } from '@/features/sensors/api/sensor-setup-api';
import { SensorsPage } from '@/features/sensors/components/sensors-page';

/** Configuration → System → Sensors. */
export function Component() {
  return <SensorsPage />;
}

/** Starts loading the sensors and domain-controller coverage with the route, without holding the navigation back. */
export const loader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(sensorQueries.list());
  void queryClient.prefetchQuery(domainControllerQueries.list());
  return null;
};
