import { DAY_MS } from '../../../src/api/contracts/reports';

/** A report's data window in simulated ms: `from` inclusive, `to` exclusive. */
export interface ReportWindow {
  from: number;
  to: number;
}

/** The UTC days a window touches, oldest first. */
export function daysOf(window: ReportWindow): number[] {
  const days: number[] = [];
  if (window.to <= window.from) return days;
  for (let d = Math.floor(window.from / DAY_MS); d * DAY_MS < window.to; d++) days.push(d);
  return days;
}

export const inWindow = (at: number, window: ReportWindow) => at >= window.from && at < window.to;
