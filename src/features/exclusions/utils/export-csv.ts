import type { Exclusion } from '@/api/contracts/alerts';
import { detections } from '@/api/contracts/detections';
import { toCsv } from '@/api/contracts/exclusion-csv';
import { exclusionCsvColumns } from '@/api/contracts/exclusions';

const names = new Map(detections.map((d) => [d.id, d.name]));

/** Every entry as CSV, in the columns the paste/upload reads back (`exclusionCsvColumns`). */
export function exclusionsCsv(items: readonly Exclusion[]): string {
  return toCsv(
    exclusionCsvColumns,
    items.map((e) => [
      e.detectionId ?? 'global',
      e.detectionId === null ? 'Global exclusions' : (names.get(e.detectionId) ?? ''),
      e.kind,
      e.value,
      e.expiresAt ?? '',
      e.note ?? '',
      e.addedBy,
      e.addedAt,
      e.fromAlertId ?? '',
    ]),
  );
}

/** Saves text as a file through a temporary link. */
export function downloadText(fileName: string, text: string, type = 'text/csv') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
