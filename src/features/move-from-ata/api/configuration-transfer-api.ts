import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  importPreviewSchema,
  importResultSchema,
  type ConfigurationDocument,
} from '@/api/contracts/configuration-transfer';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';

/** Saves a blob under `fileName` through a temporary link (the browser's download manager). */
function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Downloads the instance's configuration document (Administrators and Users). */
export async function exportConfiguration() {
  const file = await http.download(endpoints.configurationExport);
  saveBlob(file.blob, file.fileName ?? 'vigil-configuration.json');
}

/** What importing `document` would change (Administrators). */
export function usePreviewImport() {
  return useMutation({
    mutationFn: (document: unknown) =>
      http.send('POST', endpoints.configurationImportPreview, document, importPreviewSchema),
  });
}

/**
 * Imports `document` as previewed (`etag`: the configuration's version the preview was made
 * against). It changes many pages at once, so every cached query is refetched afterwards.
 */
export function useImportConfiguration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ document, etag }: { document: ConfigurationDocument; etag: string }) =>
      http.send('POST', endpoints.configurationImport, document, importResultSchema, {
        ifMatch: etag,
      }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
