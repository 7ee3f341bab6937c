import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { sensorQueries } from './sensor-queries';

/** Deletes a disconnected sensor from the instance. */
export function useDeleteSensor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => http.send('DELETE', endpoints.sensor(id), undefined, z.null()),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sensorQueries.all() }),
  });
}
