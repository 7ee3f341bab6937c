import { describe, expect, it } from 'vitest';
import { defaultSchedule, type ReportSchedule } from '../../src/api/contracts/scheduled-reports';
import { scheduledSends } from './report-schedule';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const schedule = (s: Partial<ReportSchedule>): ReportSchedule => ({
  ...defaultSchedule,
  recipients: ['ciso@contoso.com'],
  ...s,
});

describe('scheduled report sendings', () => {
  it('daily: at its hour, covering the 24 hours before', () => {
    const sends = scheduledSends(
      schedule({ frequency: 'Daily', hourUtc: 6 }),
      at('2026-11-20T09:00:00Z'),
      at('2026-11-22T06:00:00Z'),
    );
    expect(sends.map((s) => [iso(s.at), iso(s.window.from)])).toEqual([
      ['2026-11-21T06:00:00.000Z', '2026-11-20T06:00:00.000Z'],
      ['2026-11-22T06:00:00.000Z', '2026-11-21T06:00:00.000Z'],
    ]);
  });

  it('weekly on its weekday (7 days), monthly on its day (the month since)', () => {
    const weekly = scheduledSends(
      schedule({ frequency: 'Weekly', weekday: 'Monday' }),
      at('2026-11-20T09:00:00Z'),
      at('2026-12-08T00:00:00Z'),
    );
    expect(weekly.map((s) => iso(s.at))).toEqual([
      '2026-11-23T00:00:00.000Z',
      '2026-11-30T00:00:00.000Z',
      '2026-12-07T00:00:00.000Z',
    ]);
    expect(iso(weekly[0]!.window.from)).toBe('2026-11-16T00:00:00.000Z');
    const monthly = scheduledSends(
      schedule({ frequency: 'Monthly', dayOfMonth: 1, hourUtc: 3 }),
      at('2026-11-20T09:00:00Z'),
      at('2027-01-31T00:00:00Z'),
    );
    expect(monthly.map((s) => [iso(s.at), iso(s.window.from)])).toEqual([
      ['2026-12-01T03:00:00.000Z', '2026-11-01T03:00:00.000Z'],
      ['2027-01-01T03:00:00.000Z', '2026-12-01T03:00:00.000Z'],
    ]);
  });

  it('sends nothing while off, without recipients, or for an empty interval', () => {
    const from = at('2026-11-20T00:00:00Z');
    const to = at('2026-11-30T00:00:00Z');
    expect(scheduledSends(schedule({ frequency: 'Off' }), from, to)).toEqual([]);
    expect(scheduledSends(schedule({ frequency: 'Daily', recipients: [] }), from, to)).toEqual([]);
    expect(scheduledSends(schedule({ frequency: 'Daily' }), to, to)).toEqual([]);
  });
});
