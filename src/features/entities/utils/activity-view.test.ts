import { describe, expect, it } from 'vitest';
import type { AlertSummary } from '@/api/contracts/alerts';
import type { Activity } from '@/api/contracts/entities';
import {
  activityDetails,
  dayLabel,
  ordinal,
  parseTypes,
  timeColumn,
  withDaySeparators,
} from './activity-view';

const now = '2026-11-30T15:00:00.000Z';
const activity = (at: string, extra: Partial<Activity> = {}): Activity => ({
  id: at,
  at,
  type: 'Interactive Logon',
  group: 'Logon operations',
  sentence: [{ text: 'Logged on' }],
  occurrences: 1,
  protocol: null,
  sourceIp: null,
  result: null,
  ...extra,
});

describe('dayLabel', () => {
  it('says Today, Yesterday, a weekday within the week, then the date', () => {
    expect(dayLabel('2026-11-30T01:00:00.000Z', now)).toBe('Today');
    expect(dayLabel('2026-11-29T23:59:00.000Z', now)).toBe('Yesterday');
    expect(dayLabel('2026-11-26T10:00:00.000Z', now)).toBe('Thursday');
    expect(dayLabel('2026-11-20T10:00:00.000Z', now)).toBe('Friday, November 20, 2026');
  });
});

describe('withDaySeparators', () => {
  it('puts one separator before the first line of each day', () => {
    const rows = withDaySeparators(
      [
        activity('2026-11-30T14:00:00.000Z'),
        activity('2026-11-30T09:00:00.000Z'),
        activity('2026-11-29T09:00:00.000Z'),
      ],
      now,
    );
    expect(
      rows.map((r) =>
        r.kind === 'day' ? r.label : r.kind === 'activity' ? r.activity.at : r.alert.id,
      ),
    ).toEqual([
      'Today',
      '2026-11-30T14:00:00.000Z',
      '2026-11-30T09:00:00.000Z',
      'Yesterday',
      '2026-11-29T09:00:00.000Z',
    ]);
  });
});

describe('activityDetails', () => {
  it('joins what is known, leaving out what is not', () => {
    expect(
      activityDetails(
        activity(now, {
          occurrences: 3,
          protocol: 'Kerberos',
          sourceIp: '10.0.0.4',
          result: 'Success',
        }),
      ),
    ).toBe('Occurred 3 times | using Kerberos | 10.0.0.4 | result: Success');
    expect(activityDetails(activity(now))).toBe('');
  });
});

describe('parseTypes', () => {
  it('keeps the known activity types of the URL and drops the rest', () => {
    expect(parseTypes('Remote Desktop,Nonsense,VPN Connection')).toEqual([
      'Remote Desktop',
      'VPN Connection',
    ]);
    expect(parseTypes(null)).toEqual([]);
  });
});

describe('ordinal and timeColumn', () => {
  it('spells depths as the portal does', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
    ]);
  });
  it('shows time and date in UTC', () => {
    expect(timeColumn('2026-11-30T09:05:00.000Z')).toEqual({ time: '9:05 AM', date: 'Nov 30' });
  });
});

describe('alerts among the activities', () => {
  const alert = (id: string, startedAt: string) => ({ id, startedAt }) as unknown as AlertSummary;
  it('merges alerts by time, each once, an alert first at the same minute', () => {
    const rows = withDaySeparators(
      [activity('2026-11-30T14:00:00.000Z'), activity('2026-11-29T09:00:00.000Z')],
      now,
      [
        alert('a1', '2026-11-30T14:30:00.000Z'),
        alert('a2', '2026-11-30T14:00:00.000Z'),
        alert('a1', '2026-11-30T14:30:00.000Z'),
        alert('a3', '2026-11-28T09:00:00.000Z'),
      ],
    );
    expect(
      rows.map((r) =>
        r.kind === 'day' ? r.label : r.kind === 'alert' ? r.alert.id : r.activity.at,
      ),
    ).toEqual([
      'Today',
      'a1',
      'a2',
      '2026-11-30T14:00:00.000Z',
      'Yesterday',
      '2026-11-29T09:00:00.000Z',
      'Saturday',
      'a3',
    ]);
  });
});
