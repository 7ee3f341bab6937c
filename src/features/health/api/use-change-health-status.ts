import { useMutation, useQueryClient } from '@tanstack/react-query';
import { healthIssueSchema, type HealthStatusChange } from '@/api/contracts/health';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { healthQueries } from './health-queries';

/** Close, suppress (with a reason) or reopen a health issue. Sensors' health badges follow. */
export function useChangeHealthStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: HealthStatusChange }) =>
      http.send('POST', endpoints.healthIssueStatus(id), change, healthIssueSchema),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: healthQueries.all() });
      void queryClient.invalidateQueries({ queryKey: ['sensors'] });
    },
  });
}
