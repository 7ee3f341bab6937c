import { useMutation } from '@tanstack/react-query';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';

function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** "Download details": the service's Excel workbook of the alert (catalog §4.4). */
export function useDownloadAlert() {
  return useMutation({
    mutationFn: async (id: string) => {
      const file = await http.download(endpoints.alertWorkbook(id));
      const name = file.fileName ?? `alert-${id}.xlsx`;
      saveFile(file.blob, name);
      return name;
    },
  });
}
