import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { domainControllerListSchema } from '@/api/contracts/domain-controllers';
import {
  ACCESS_KEY_HEADER,
  accessKeySchema,
  sensorRegisteredSchema,
  type SensorRegistration,
} from '@/api/contracts/sensor-setup';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';

/** Detected domain controllers (the dialog offers the unmonitored ones). */
export const demoDomainControllersQuery = () =>
  queryOptions({
    queryKey: ['domain-controllers', 'list'] as const,
    queryFn: ({ signal }) =>
      http.get(endpoints.domainControllers, domainControllerListSchema, { signal }),
  });

/** The current access key, to pre-fill the dialog (Administrators only; never cached). */
export async function readAccessKey() {
  return (await http.get(endpoints.accessKey, accessKeySchema)).key;
}

/**
 * Registers a sensor the way an installed one does: with the access key in a header and no user
 * token. Every view refetches afterwards, so the new sensor and the coverage show at once.
 */
export function useSimulateSensorInstall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      accessKey,
      registration,
    }: {
      accessKey: string;
      registration: SensorRegistration;
    }) =>
      http.send('POST', endpoints.sensorRegister, registration, sensorRegisteredSchema, {
        anonymous: true,
        headers: { [ACCESS_KEY_HEADER]: accessKey.trim() },
      }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
