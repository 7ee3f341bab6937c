/**
 * Excel workbooks the service sends (alert details §4.4, reports §7.1, the paths report §7.2).
 * `write-excel-file/universal` writes a Blob in the browser's worker-less page and in Node alike;
 * it is imported on first use, so the workbook code costs the demo nothing until a download.
 */

export const workbookContentType =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type WorkbookCell = string | number | boolean | Date | null;

export interface WorkbookSheet {
  /** Tab name (Excel allows 31 characters; longer names are cut). */
  name: string;
  /** Header row. */
  columns: readonly string[];
  rows: readonly (readonly WorkbookCell[])[];
  /** Optional rows above the header, e.g. the product name and the alert title. */
  heading?: readonly string[];
}

/** At most this many rows per download (catalog §4.4, §12). */
export const workbookRowCap = 300_000;

export async function buildWorkbook(sheets: readonly WorkbookSheet[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const used = new Set<string>();
  const written = sheets.map((sheet) => {
    const name = uniqueName(sheet.name, used);
    const heading = (sheet.heading ?? []).map((line) => [
      { value: line, fontWeight: 'bold' as const },
    ]);
    const spacer = heading.length > 0 ? [[null]] : [];
    const header = sheet.columns.map((column) => ({ value: column, fontWeight: 'bold' as const }));
    const rows = sheet.rows.slice(0, workbookRowCap).map((row) => row.map(cellOf));
    return {
      sheet: name,
      data: [...heading, ...spacer, header, ...rows],
      columns: sheet.columns.map((column) => ({
        width: Math.min(60, Math.max(12, column.length + 2)),
      })),
    };
  });
  return writeXlsxFile(written as never).toBlob();
}

function cellOf(value: WorkbookCell) {
  if (value === null) return null;
  if (value instanceof Date) return { value, type: Date, format: 'yyyy-mm-dd hh:mm:ss' };
  return { value };
}

function uniqueName(name: string, used: Set<string>): string {
  const clean = name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet';
  let candidate = clean;
  for (let n = 2; used.has(candidate.toLowerCase()); n += 1) {
    candidate = `${clean.slice(0, 28)} ${n}`;
  }
  used.add(candidate.toLowerCase());
  return candidate;
}

/** A file name safe for Content-Disposition: letters, digits, dot, dash and underscore. */
export function workbookFileName(...parts: string[]): string {
  const stem = parts
    .map((part) => part.replace(/[^\w.-]+/g, '_').replace(/^_+|_+$/g, ''))
    .filter(Boolean)
    .join('-')
    .slice(0, 120);
  return `${stem || 'workbook'}.xlsx`;
}

/** The response a workbook download gets: the Blob with its type and file name. */
export function workbookHeaders(fileName: string): Record<string, string> {
  return {
    'Content-Type': workbookContentType,
    'Content-Disposition': `attachment; filename="${fileName}"`,
  };
}
