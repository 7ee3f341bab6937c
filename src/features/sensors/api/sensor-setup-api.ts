import { queryOptions, useMutation } from '@tanstack/react-query';
import { domainControllerListSchema } from '@/api/contracts/domain-controllers';
import {
  accessKeyRegeneratedSchema,
  accessKeySchema,
  SENSOR_SETUP_FILE_NAME,
} from '@/api/contracts/sensor-setup';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { shouldRetry } from '@/lib/query-client';

/** Domain controllers detected in the tenant's forests and whether a sensor watches each. */
export const domainControllerQueries = {
  all: () => ['domain-controllers'] as const,
  list: () =>
    queryOptions({
      queryKey: [...domainControllerQueries.all(), 'list'] as const,
      queryFn: ({ signal }) =>
        http.get(endpoints.domainControllers, domainControllerListSchema, { signal }),
      retry: shouldRetry,
    }),
};

/** Saves a blob under `fileName` through a temporary link (the browser's download manager). */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Let the download start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Downloads the sensor setup zip (Administrators). */
export async function downloadSensorSetup() {
  const file = await http.download(endpoints.sensorSetup);
  saveBlob(file.blob, file.fileName ?? SENSOR_SETUP_FILE_NAME);
}

/**
 * Reads the access key. Deliberately not a query: the key is kept only by the component that
 * asked for it, never in the shared cache.
 */
export async function fetchAccessKey(signal?: AbortSignal) {
  return (await http.get(endpoints.accessKey, accessKeySchema, { signal })).key;
}

/** Replaces the access key; sensors already installed keep working. */
export function useRegenerateAccessKey() {
  return useMutation({
    mutationFn: () =>
      http.send('POST', endpoints.accessKeyRegenerate, undefined, accessKeyRegeneratedSchema),
  });
}
