import type { ReportId } from '@/api/contracts/scheduled-reports';
import type { DayRange } from '../api/report-queries';

/** Search params of a report's range: `<report>.from`, `<report>.to` (YYYY-MM-DD). */
export const rangeParams = (id: ReportId) => ({ from: `${id}.from`, to: `${id}.to` }) as const;

/** The range the URL names for a report, filled in from its default. */
export function rangeFromParams(
  params: URLSearchParams,
  id: ReportId,
  fallback: DayRange,
): DayRange {
  const keys = rangeParams(id);
  return { from: params.get(keys.from) ?? fallback.from, to: params.get(keys.to) ?? fallback.to };
}

/** The URL update for a new range: a value equal to the default leaves the URL clean. */
export function rangeUpdate(id: ReportId, range: DayRange, fallback: DayRange) {
  const keys = rangeParams(id);
  return {
    [keys.from]: range.from === fallback.from ? null : range.from,
    [keys.to]: range.to === fallback.to ? null : range.to,
  };
}
