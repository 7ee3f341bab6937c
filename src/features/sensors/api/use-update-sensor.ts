import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sensorSchema, type Sensor, type SensorUpdate } from '@/api/contracts/sensors';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { sensorQueries } from './sensor-queries';

/** Saves a sensor's configuration (If-Match its ETag); the list shows the saved sensor at once. */
export function useUpdateSensor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag, update }: { id: string; etag: string; update: SensorUpdate }) =>
      http.send('PATCH', endpoints.sensor(id), update, sensorSchema, { ifMatch: etag }),
    onSuccess: (saved: Sensor) => {
      queryClient.setQueryData(sensorQueries.list().queryKey, (list) =>
        list ? { ...list, items: list.items.map((s) => (s.id === saved.id ? saved : s)) } : list,
      );
      void queryClient.invalidateQueries({ queryKey: sensorQueries.all() });
    },
  });
}
