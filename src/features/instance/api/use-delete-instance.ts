import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { DeleteInstanceRequest } from '@/api/contracts/instance';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { meQueries } from '@/lib/auth/me-queries';

/**
 * Deletes the instance. Afterwards nothing cached about it is true any more: every query but
 * GET /api/me is dropped, and that one is refetched (it now says "no instance").
 */
export function useDeleteInstance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: DeleteInstanceRequest) =>
      http.send('DELETE', endpoints.instance, request, z.null()),
    onSuccess: async () => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueries.all()[0] });
      await queryClient.invalidateQueries({ queryKey: meQueries.all() });
    },
  });
}
