import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { demoOutageListSchema } from '@/api/contracts/demo-outages';
import { sensorListSchema } from '@/api/contracts/sensors';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';

export const outageQueries = {
  list: () =>
    queryOptions({
      queryKey: ['demo', 'outages'] as const,
      queryFn: ({ signal }) => http.get(endpoints.demo.outages, demoOutageListSchema, { signal }),
    }),
  /** The sensor list, under the Sensors page's key (features can't import each other). */
  sensors: () =>
    queryOptions({
      queryKey: ['sensors', 'list'] as const,
      queryFn: ({ signal }) => http.get(endpoints.sensors, sensorListSchema, { signal }),
    }),
};

/** Starts (sensorId) or ends (end: true) a simulated outage; every view refetches. */
export function useDemoOutage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sensorId, end }: { sensorId: string; end?: boolean }) =>
      end
        ? http.send('DELETE', endpoints.demo.outage(sensorId), undefined, demoOutageListSchema)
        : http.send('POST', endpoints.demo.outages, { sensorId }, demoOutageListSchema),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
