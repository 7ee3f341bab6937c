import { describe, expect, it } from 'vitest';
import { displayText } from '../components/sentence';
import { formatTimeRange, groupByTime, timeGroupLabel } from './time-groups';

const now = '2026-10-16T18:00:00.000Z';

describe('time groups', () => {
  it('labels today, yesterday and older days (UTC)', () => {
    expect(timeGroupLabel('2026-10-16T13:40:00.000Z', now)).toBe('1:40 PM Today');
    expect(timeGroupLabel('2026-10-15T00:05:00.000Z', now)).toBe('12:05 AM Yesterday');
    expect(timeGroupLabel('2026-10-14T15:25:00.000Z', now)).toBe('3:25 PM Oct 14, 2026');
    expect(timeGroupLabel('nonsense', now)).toBe('Unknown time');
  });

  it('groups alerts that started in the same minute under one label', () => {
    const rows = groupByTime([
      { id: 'a', startedAt: '2026-10-16T13:40:50.000Z' },
      { id: 'b', startedAt: '2026-10-16T13:40:10.000Z' },
      { id: 'c', startedAt: '2026-10-16T13:39:59.000Z' },
      { id: 'd', startedAt: '2026-10-14T15:25:00.000Z' },
    ]);
    expect(
      rows.map((r) => [r.item.id, r.startsGroup ? timeGroupLabel(r.item.startedAt, now) : null]),
    ).toEqual([
      ['a', '1:40 PM Today'],
      ['b', null],
      ['c', '1:39 PM Today'],
      ['d', '3:25 PM Oct 14, 2026'],
    ]);
  });

  it('appending a page never relabels the rows above', () => {
    const first = [{ startedAt: '2026-10-16T13:40:00.000Z' }];
    const more = [...first, { startedAt: '2026-10-16T13:40:00.000Z' }];
    expect(groupByTime(more)[0]).toEqual(groupByTime(first)[0]);
    expect(groupByTime(more)[1]!.startsGroup).toBe(false);
  });

  it('formats a moment, a range within a day, and a range over days', () => {
    expect(formatTimeRange('2026-03-25T18:10:00Z', '2026-03-25T18:10:30Z')).toBe(
      'Mar 25, 2026, 6:10 PM UTC',
    );
    expect(formatTimeRange('2026-03-25T18:10:00Z', '2026-03-25T18:11:00Z')).toBe(
      '6:10 PM – 6:11 PM Mar 25, 2026 (UTC)',
    );
    expect(formatTimeRange('2026-03-25T18:10:00Z', '2026-03-26T01:00:00Z')).toBe(
      'Mar 25, 2026, 6:10 PM UTC – Mar 26, 2026, 1:00 AM UTC',
    );
  });
});

describe('instants in sentences', () => {
  it('reads an ISO instant as the portal’s other times and leaves other text alone', () => {
    expect(displayText('2026-11-20T06:00:00.000Z')).toBe('Nov 20, 2026, 6:00 AM UTC');
    expect(displayText('Success')).toBe('Success');
    expect(displayText('at 2026-11-20T06:00:00.000Z')).toBe('at 2026-11-20T06:00:00.000Z');
  });
});
