import type { QueryClient } from '@tanstack/react-query';
import { sensorQueries } from '@/features/sensors/api/sensor-queries';
import { SensorsPage } from '@/features/sensors/components/sensors-page';

/** Configuration → System → Sensors. */
export function Component() {
  return <SensorsPage />;
}

/** Starts loading the sensors with the route, without holding the navigation back. */
export const loader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(sensorQueries.list());
  return null;
};
