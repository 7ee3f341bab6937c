import type { ReportSchedule, Weekday } from '../../src/api/contracts/scheduled-reports';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const weekdays: readonly Weekday[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** One sending of a scheduled report: when, and the data window it covers (catalog §6.12). */
export interface ScheduledSend {
  at: number;
  window: { from: number; to: number };
}

/** The previous month's same instant (a day past the month's end clamps to its last day). */
function monthBefore(at: number): number {
  const d = new Date(at);
  const back = new Date(
    Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1, d.getUTCHours(), d.getUTCMinutes()),
  );
  const last = new Date(Date.UTC(back.getUTCFullYear(), back.getUTCMonth() + 1, 0)).getUTCDate();
  back.setUTCDate(Math.min(d.getUTCDate(), last));
  return back.getTime();
}

/**
 * The sendings of a schedule in (after, upTo], oldest first. The frequency is also the data
 * window: a daily report covers the 24 hours before it is sent, a weekly one 7 days, a monthly
 * one the month since the previous sending.
 */
export function scheduledSends(
  schedule: ReportSchedule,
  after: number,
  upTo: number,
): ScheduledSend[] {
  if (schedule.frequency === 'Off' || schedule.recipients.length === 0 || upTo <= after) return [];
  const sends: ScheduledSend[] = [];
  for (let day = Math.floor(after / DAY_MS); day * DAY_MS <= upTo; day++) {
    const at = day * DAY_MS + schedule.hourUtc * HOUR_MS;
    if (at <= after || at > upTo) continue;
    const date = new Date(at);
    if (schedule.frequency === 'Weekly' && weekdays[date.getUTCDay()] !== schedule.weekday)
      continue;
    if (schedule.frequency === 'Monthly' && date.getUTCDate() !== schedule.dayOfMonth) continue;
    const from =
      schedule.frequency === 'Daily'
        ? at - DAY_MS
        : schedule.frequency === 'Weekly'
          ? at - 7 * DAY_MS
          : monthBefore(at);
    sends.push({ at, window: { from, to: at } });
  }
  return sends;
}
