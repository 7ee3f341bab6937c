import { queryOptions, type QueryClient } from '@tanstack/react-query';
import {
  defenderResource,
  defenderSettingsResponseSchema,
  defenderStatusSchema,
  type DefenderSettings,
} from '@/api/contracts/defender';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { shouldRetry } from '@/lib/query-client';

/** Query options for the Microsoft Defender for Endpoint page; every key is nested under `all()`. */
export const defenderQueries = {
  all: () => ['defender-for-endpoint'] as const,
  settings: () =>
    queryOptions({
      queryKey: [...defenderQueries.all(), 'settings'] as const,
      queryFn: ({ signal }) =>
        http.get(endpoints.config(defenderResource), defenderSettingsResponseSchema, { signal }),
      retry: shouldRetry,
    }),
  /** Off, Connected (with what Defender for Endpoint knows) or Error with the reason. */
  status: () =>
    queryOptions({
      queryKey: [...defenderQueries.all(), 'status'] as const,
      queryFn: ({ signal }) => http.get(endpoints.defenderStatus, defenderStatusSchema, { signal }),
      retry: shouldRetry,
    }),
};

/** PUT the integration setting; the status changes with it, so it is fetched again. */
export async function saveDefenderSettings(
  queryClient: QueryClient,
  input: DefenderSettings,
  etag: string,
) {
  const saved = await http.send(
    'PUT',
    endpoints.config(defenderResource),
    input,
    defenderSettingsResponseSchema,
    {
      ifMatch: etag,
    },
  );
  void queryClient.invalidateQueries({ queryKey: defenderQueries.status().queryKey });
  return saved;
}
