import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { alertsDeletedSchema } from '@/api/contracts/alerts';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { alertQueries } from './alert-queries';
import { alertsRemoved } from './alert-cache';

/** Delete one alert, for good (Administrators). */
export function useDeleteAlert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => http.send('DELETE', endpoints.alert(id), undefined, z.unknown()),
    onSuccess: (_, id) => alertsRemoved(queryClient, new Set([id])),
  });
}

/** Delete every alert of a detection (offered after deleting one of them). */
export function useDeleteAlertsOfType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (detectionId: string) =>
      http.send(
        'DELETE',
        `${endpoints.alerts}?detectionId=${encodeURIComponent(detectionId)}`,
        undefined,
        alertsDeletedSchema,
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: alertQueries.all() });
      void queryClient.invalidateQueries({ queryKey: ['entities'] });
    },
  });
}
