import { describe, expect, it } from 'vitest';
import {
  defaultSchedule,
  describeSchedule,
  reportDefinitions,
  reportScheduleSchema,
  scheduledReportsSchema,
} from './scheduled-reports';

const on = { ...defaultSchedule, frequency: 'Daily' as const, recipients: ['soc@contoso.com'] };

describe('describeSchedule', () => {
  it('says "Not scheduled" when off, whatever else is set', () => {
    expect(describeSchedule({ ...on, frequency: 'Off' })).toBe('Not scheduled');
  });

  it('describes daily, weekly and monthly schedules with the hour in UTC', () => {
    expect(describeSchedule(on)).toBe('Daily at 00:00 UTC to 1 recipient');
    expect(
      describeSchedule({
        ...on,
        frequency: 'Weekly',
        weekday: 'Monday',
        hourUtc: 6,
        recipients: ['a@contoso.com', 'b@contoso.com'],
      }),
    ).toBe('Weekly on Monday at 06:00 UTC to 2 recipients');
    expect(describeSchedule({ ...on, frequency: 'Monthly', dayOfMonth: 28, hourUtc: 23 })).toBe(
      'Monthly on day 28 at 23:00 UTC to 1 recipient',
    );
  });

  it('says when a schedule still lacks recipients', () => {
    expect(describeSchedule({ ...on, recipients: [] })).toBe(
      'Daily at 00:00 UTC, no recipients yet',
    );
  });
});

describe('reportScheduleSchema', () => {
  const issues = (value: unknown) =>
    reportScheduleSchema
      .safeParse(value)
      .error?.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) ?? [];

  it('defaults to off, shortly after midnight UTC, with no recipients', () => {
    expect(defaultSchedule).toMatchObject({ frequency: 'Off', hourUtc: 0, recipients: [] });
    expect(issues(defaultSchedule)).toEqual([]);
  });

  it('requires recipients when the schedule is on, at the recipients field', () => {
    expect(issues({ ...on, recipients: [] })).toEqual([
      { path: 'recipients', message: 'Add at least one recipient, or turn the schedule off' },
    ]);
  });

  it('keeps the day of month within 1–28 and the hour within 0–23', () => {
    expect(issues({ ...on, frequency: 'Monthly', dayOfMonth: 29 })).toEqual([
      { path: 'dayOfMonth', message: 'Pick a day from 1 to 28' },
    ]);
    expect(issues({ ...on, dayOfMonth: 0 }).map((i) => i.path)).toEqual(['dayOfMonth']);
    expect(issues({ ...on, hourUtc: 24 }).map((i) => i.path)).toEqual(['hourUtc']);
  });

  it('rejects a bad or repeated address at its place in the list', () => {
    expect(issues({ ...on, recipients: ['soc@contoso.com', 'nope'] }).map((i) => i.path)).toEqual([
      'recipients.1',
    ]);
    expect(
      issues({ ...on, recipients: ['soc@contoso.com', 'SOC@contoso.com'] }).map((i) => i.path),
    ).toEqual(['recipients']);
  });
});

describe('scheduledReportsSchema', () => {
  it('holds exactly the four reports of the catalog', () => {
    expect(reportDefinitions.map((r) => r.title)).toEqual([
      'Summary',
      'Modifications to sensitive groups',
      'Passwords exposed in cleartext',
      'Lateral movement paths to sensitive accounts',
    ]);
    expect(Object.keys(scheduledReportsSchema.shape)).toEqual(reportDefinitions.map((r) => r.id));
  });
});
