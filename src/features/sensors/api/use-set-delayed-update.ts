import { useMutation, useQueryClient } from '@tanstack/react-query';
import { delayedUpdateResultSchema, type DelayedUpdateRequest } from '@/api/contracts/sensors';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { sensorQueries } from './sensor-queries';

/** Turns delayed update on or off for many sensors at once. */
export function useSetDelayedUpdate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: DelayedUpdateRequest) =>
      http.send('POST', endpoints.sensorsDelayedUpdate, request, delayedUpdateResultSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sensorQueries.all() }),
  });
}
