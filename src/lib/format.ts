/** Display formatting shared by every page. Fixed locale so output is the same everywhere, tests included. */
const LOCALE = 'en-US';

const relative = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'always' });

const units: { unit: Intl.RelativeTimeFormatUnit; ms: number }[] = [
  { unit: 'year', ms: 365 * 86_400_000 },
  { unit: 'month', ms: 30 * 86_400_000 },
  { unit: 'day', ms: 86_400_000 },
  { unit: 'hour', ms: 3_600_000 },
  { unit: 'minute', ms: 60_000 },
];

/**
 * How long before `nowIso` the instant `iso` was: "just now", "3 minutes ago", "2 hours ago",
 * "3 days ago" (or "in 5 minutes" for a future instant). Pass the service's time as `nowIso`, not
 * the browser's clock, so the answer agrees with the data.
 */
export function formatRelativeTime(iso: string, nowIso: string): string {
  const then = Date.parse(iso);
  const now = Date.parse(nowIso);
  if (Number.isNaN(then) || Number.isNaN(now)) return 'Unknown';
  const diff = now - then;
  const size = Math.abs(diff);
  for (const { unit, ms } of units) {
    if (size >= ms) {
      const count = Math.floor(size / ms);
      return relative.format(diff > 0 ? -count : count, unit);
    }
  }
  return 'just now';
}

const clock = { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' } as const;
const dateTime = new Intl.DateTimeFormat(LOCALE, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  ...clock,
});
const time = new Intl.DateTimeFormat(LOCALE, clock);

function inUtc(format: Intl.DateTimeFormat, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'Unknown';
  // ICU versions differ on the space before AM/PM (U+202F or U+0020): normalise it.
  return `${format.format(date).replace(/\s/g, ' ')} UTC`;
}

/** A full date and time in UTC, e.g. "Nov 20, 2026, 9:00 AM UTC". */
export const formatDateTime = (iso: string): string => inUtc(dateTime, iso);

/** A time of day in UTC, e.g. "10:42 AM UTC". */
export const formatTime = (iso: string): string => inUtc(time, iso);
