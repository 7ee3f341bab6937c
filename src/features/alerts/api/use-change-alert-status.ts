import { useMutation, useQueryClient } from '@tanstack/react-query';
import { alertSummarySchema, type AlertStatusAction } from '@/api/contracts/alerts';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { alertChanged } from './alert-cache';

/** Close, suppress, reopen, or close and exclude an alert (Administrators and Users). */
export function useChangeAlertStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: AlertStatusAction }) =>
      http.send('POST', endpoints.alertStatus(id), { action }, alertSummarySchema),
    onSuccess: (alert) => alertChanged(queryClient, alert),
  });
}
