import { describe, expect, it } from 'vitest';
import { formatDateTime, formatRelativeTime, formatTime } from './format';

const now = '2026-11-20T09:00:00.000Z';
const before = (ms: number) => new Date(Date.parse(now) - ms).toISOString();

describe('formatRelativeTime', () => {
  it.each([
    [0, 'just now'],
    [42_000, 'just now'],
    [60_000, '1 minute ago'],
    [3 * 60_000 + 20_000, '3 minutes ago'],
    [59 * 60_000, '59 minutes ago'],
    [2 * 3_600_000 + 59 * 60_000, '2 hours ago'],
    [26 * 3_600_000, '1 day ago'],
    [3 * 86_400_000, '3 days ago'],
    [45 * 86_400_000, '1 month ago'],
    [800 * 86_400_000, '2 years ago'],
  ])('%i ms before now is "%s"', (ms, expected) => {
    expect(formatRelativeTime(before(ms), now)).toBe(expected);
  });

  it('is relative to the given now, not the browser clock', () => {
    expect(formatRelativeTime('2020-01-01T00:00:00Z', '2020-01-01T00:05:00Z')).toBe(
      '5 minutes ago',
    );
  });

  it('says when a time lies in the future (clock skew)', () => {
    expect(formatRelativeTime(before(-5 * 60_000), now)).toBe('in 5 minutes');
    expect(formatRelativeTime(before(-10_000), now)).toBe('just now');
  });

  it('does not throw on invalid input', () => {
    expect(formatRelativeTime('yesterday', now)).toBe('Unknown');
  });
});

describe('formatDateTime', () => {
  it('shows the time in UTC, in en-US, whatever the machine time zone', () => {
    expect(formatDateTime('2026-11-20T09:00:00.000Z')).toBe('Nov 20, 2026, 9:00 AM UTC');
    expect(formatDateTime('2026-11-20T23:05:00+02:00')).toBe('Nov 20, 2026, 9:05 PM UTC');
  });

  it('does not throw on invalid input', () => {
    expect(formatDateTime('not a date')).toBe('Unknown');
  });
});

describe('formatTime', () => {
  it('shows the time of day in UTC, without the date', () => {
    expect(formatTime('2026-11-20T10:42:00.000Z')).toBe('10:42 AM UTC');
    expect(formatTime('2026-11-20T23:05:00+02:00')).toBe('9:05 PM UTC');
    expect(formatTime('not a date')).toBe('Unknown');
  });
});
