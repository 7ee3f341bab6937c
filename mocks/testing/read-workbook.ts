import readXlsxFile from 'read-excel-file/universal';

/** Tests: read every tab of a workbook back, as rows of cell values. */
export async function readWorkbook(blob: Blob): Promise<Record<string, unknown[][]>> {
  const sheets = await readXlsxFile(blob);
  return Object.fromEntries(sheets.map(({ sheet, data }) => [sheet, data as unknown[][]]));
}
