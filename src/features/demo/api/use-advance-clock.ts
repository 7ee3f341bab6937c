import { useMutation, useQueryClient } from '@tanstack/react-query';
import { demoStateSchema } from '@/api/contracts/demo';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';

/** Moves simulated time forward; every view refetches so time-driven changes show at once. */
export function useAdvanceClock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (minutes: number) =>
      http.send('POST', endpoints.demo.advance, { minutes }, demoStateSchema),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
