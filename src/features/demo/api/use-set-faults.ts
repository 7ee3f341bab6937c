import { useMutation, useQueryClient } from '@tanstack/react-query';
import { demoStateSchema, type FaultSettings } from '@/api/contracts/demo';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { demoQueries } from './demo-queries';

export function useSetFaults() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (faults: FaultSettings) =>
      http.send('PUT', endpoints.demo.faults, faults, demoStateSchema),
    onSuccess: (state) => queryClient.setQueryData(demoQueries.state().queryKey, state),
  });
}
