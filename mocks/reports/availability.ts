import { dayOf, reportRowCap, type ReportAvailability } from '../../src/api/contracts/reports';
import type { ReportId } from '../../src/api/contracts/scheduled-reports';
import { reportBuilders } from './report-builders';
import { earliestDay, todayOf, windowOfDays, type ReportContext } from './report-context';

/** Whether a report holds anything in the range, and the first day with data in its history. */
export async function reportAvailability(
  ctx: ReportContext,
  id: ReportId,
  range: { from: string; to: string },
): Promise<ReportAvailability> {
  const builder = reportBuilders[id];
  const today = todayOf(ctx);
  const earliestFrom = earliestDay(id, today);
  const inRange = await builder.scan(ctx, windowOfDays(id, range, ctx.now));
  const history = windowOfDays(id, { from: earliestFrom, to: today }, ctx.now);
  const { firstAt } = await builder.scan(ctx, history);
  return {
    id,
    hasData: inRange.rows === null ? inRange.firstAt !== null : inRange.rows > 0,
    rows: inRange.rows === null ? null : Math.min(inRange.rows, reportRowCap),
    firstDayWithData: firstAt === null ? null : dayOf(firstAt),
    earliestFrom,
  };
}
