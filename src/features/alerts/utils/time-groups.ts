import { formatDateTime, formatTime } from '@/lib/format';

const DAY_MS = 86_400_000;
const dayFormat = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

/** The UTC day number of an instant. */
const utcDay = (ms: number) => Math.floor(ms / DAY_MS);

/**
 * The timeline's time label of an instant, relative to the service's time `nowIso`: "1:40 PM Today",
 * "9:05 AM Yesterday", "3:25 PM Oct 15, 2026" (UTC, like every time the portal shows).
 */
export function timeGroupLabel(iso: string, nowIso: string): string {
  const at = Date.parse(iso);
  const now = Date.parse(nowIso);
  if (Number.isNaN(at)) return 'Unknown time';
  const time = formatTime(iso).replace(/ UTC$/, '');
  const days = Number.isNaN(now) ? Number.NaN : utcDay(now) - utcDay(at);
  if (days === 0) return `${time} Today`;
  if (days === 1) return `${time} Yesterday`;
  return `${time} ${dayFormat.format(new Date(at))}`;
}

/** The minute an instant falls in: alerts that started in the same minute share one label. */
const minuteOf = (iso: string) => Math.floor(Date.parse(iso) / 60_000);

export interface TimelineRow<T> {
  item: T;
  /** The first row of its group: the group's label (`timeGroupLabel`) shows beside it. */
  startsGroup: boolean;
}

/**
 * Groups alerts (newest first) by the minute they started: the first alert of each minute starts
 * a group, labelled on the vertical line beside it. Integer work only (the label is formatted when
 * a row is rendered), so regrouping 20,000 loaded alerts as a page arrives stays cheap; each row
 * depends only on the row before it, so appending a page never changes the rows above.
 */
export function groupByTime<T extends { startedAt: string }>(
  items: readonly T[],
): TimelineRow<T>[] {
  const rows: TimelineRow<T>[] = new Array<TimelineRow<T>>(items.length);
  let previous: number | null = null;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const minute = minuteOf(item.startedAt);
    rows[i] = { item, startsGroup: minute !== previous };
    previous = minute;
  }
  return rows;
}

/**
 * When an alert happened: "Oct 15, 2026, 3:25 PM UTC" for a moment, "6:10 PM – 6:11 PM Mar 25,
 * 2026 (UTC)" for a range within a day, both full instants otherwise (catalog §4.3).
 */
export function formatTimeRange(startIso: string, endIso: string): string {
  const start = Date.parse(startIso);
  const end = Date.parse(endIso);
  if (
    Number.isNaN(start) ||
    Number.isNaN(end) ||
    Math.floor(start / 60_000) >= Math.floor(end / 60_000)
  ) {
    return formatDateTime(startIso);
  }
  if (utcDay(start) === utcDay(end)) {
    const from = formatTime(startIso).replace(/ UTC$/, '');
    const to = formatTime(endIso).replace(/ UTC$/, '');
    return `${from} – ${to} ${dayFormat.format(new Date(start))} (UTC)`;
  }
  return `${formatDateTime(startIso)} – ${formatDateTime(endIso)}`;
}
