import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createdInstanceSchema } from '@/api/contracts/instance';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { meQueries } from '@/lib/auth/me-queries';

/** Creates the tenant's instance; resolves once GET /api/me knows about it. */
export function useCreateInstance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => http.send('POST', endpoints.instance, {}, createdInstanceSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueries.all() }),
  });
}
