import type { AlertSummary } from '@/api/contracts/alerts';
import {
  activityTypeGroups,
  activityTypeSchema,
  type Activity,
  type ActivityGroup,
  type ActivityType,
} from '@/api/contracts/entities';

const DAY = 86_400_000;
const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' });
const fullDate = new Intl.DateTimeFormat('en-US', {
  weekday: 'long',
  month: 'long',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const time = new Intl.DateTimeFormat('en-US', {
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'UTC',
});
const shortDate = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

const dayNumber = (iso: string) => Math.floor(Date.parse(iso) / DAY);

/** The day separator of the Activities list: Today, Yesterday, a weekday this week, then a date (UTC). */
export function dayLabel(iso: string, nowIso: string): string {
  const days = dayNumber(nowIso) - dayNumber(iso);
  if (days <= 0) return 'Today';
  if (days === 1) return 'Yesterday';
  if (days < 7) return weekday.format(new Date(iso));
  return fullDate.format(new Date(iso));
}

/** "9:42 AM" and "Nov 30" for the time column (UTC, like every time in the portal). */
export function timeColumn(iso: string): { time: string; date: string } {
  const date = new Date(iso);
  return { time: time.format(date).replace(/\s/g, ' '), date: shortDate.format(date) };
}

/** One row of the Activities list: a day separator, an activity, or a security alert. */
export type ActivityRow =
  | { kind: 'day'; label: string; key: string }
  | { kind: 'activity'; activity: Activity }
  | { kind: 'alert'; alert: AlertSummary };

/**
 * Activities and the entity's alerts (each newest first) merged by time, with a separator before
 * the first line of each day. An alert shows once, however many pages name it; at the same
 * minute the alert comes first.
 */
export function withDaySeparators(
  activities: readonly Activity[],
  nowIso: string,
  alerts: readonly AlertSummary[] = [],
): ActivityRow[] {
  const rows: ActivityRow[] = [];
  const seen = new Set<string>();
  const inline = alerts.filter((alert) => !seen.has(alert.id) && seen.add(alert.id));
  inline.sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
  let lastDay: number | null = null;
  const push = (at: string, row: ActivityRow) => {
    const day = dayNumber(at);
    if (day !== lastDay) {
      rows.push({ kind: 'day', label: dayLabel(at, nowIso), key: `day-${day}` });
      lastDay = day;
    }
    rows.push(row);
  };
  let a = 0;
  for (const activity of activities) {
    const at = Date.parse(activity.at);
    while (a < inline.length && Date.parse(inline[a]!.startedAt) >= at) {
      push(inline[a]!.startedAt, { kind: 'alert', alert: inline[a]! });
      a++;
    }
    push(activity.at, { kind: 'activity', activity });
  }
  for (; a < inline.length; a++) push(inline[a]!.startedAt, { kind: 'alert', alert: inline[a]! });
  return rows;
}

/** The sub-line: "Occurred 3 times | using Kerberos | 10.0.0.4 | result: Success". */
export function activityDetails(activity: Activity): string {
  const parts: string[] = [];
  if (activity.occurrences > 1) parts.push(`Occurred ${activity.occurrences} times`);
  if (activity.protocol) parts.push(`using ${activity.protocol}`);
  if (activity.sourceIp) parts.push(activity.sourceIp);
  if (activity.result) parts.push(`result: ${activity.result}`);
  return parts.join(' | ');
}

/** The activity types named in the URL (`types=a,b`), unknown names dropped. */
export function parseTypes(param: string | null): ActivityType[] {
  if (!param) return [];
  return param
    .split(',')
    .map((name) => activityTypeSchema.safeParse(name.trim()))
    .flatMap((result) => (result.success ? [result.data] : []));
}

export const activityGroups = Object.keys(activityTypeGroups) as ActivityGroup[];

/** "1st", "2nd", "3rd", "4th" … — the depth chip of a membership. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
