import { dayOf, reportPageEntries } from '../../src/api/contracts/reports';
import type { ReportId } from '../../src/api/contracts/scheduled-reports';
import { buildWorkbook, workbookFileName } from '../workbook/workbook';
import type { ReportWindow } from '../world/reports/range';
import { reportBuilders } from './report-builders';
import type { ReportContext } from './report-context';

export const reportTitle = (id: ReportId) =>
  reportPageEntries.find((r) => r.id === id)?.title ?? id;

/** A report's workbook for a window, and the file name it is downloaded as. */
export async function reportWorkbook(
  ctx: ReportContext,
  id: ReportId,
  window: ReportWindow,
): Promise<{ blob: Blob; fileName: string }> {
  const sheets = await reportBuilders[id].sheets(ctx, window);
  const blob = await buildWorkbook(sheets);
  const fileName = workbookFileName(
    reportTitle(id),
    dayOf(window.from),
    dayOf(Math.max(window.from, window.to - 1)),
  );
  return { blob, fileName };
}
