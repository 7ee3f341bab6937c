import * as z from 'zod/mini';
import { versioned } from './config';
import { recipientListSchema } from './notifications';

/** The four reports (domain catalog §6.12, §7.1), with the subtitles users know. */
export const reportDefinitions = [
  {
    id: 'summary',
    title: 'Summary',
    subtitle: 'A summary of suspicious activities and health issues',
  },
  {
    id: 'sensitive-groups',
    title: 'Modifications to sensitive groups',
    subtitle:
      'Every modification to sensitive groups in Active Directory, including modifications which generated a suspicious activity',
  },
  {
    id: 'cleartext-passwords',
    title: 'Passwords exposed in cleartext',
    subtitle:
      'Source computers and accounts seen sending credentials in clear text via LDAP simple bind',
  },
  {
    id: 'lateral-movement-paths',
    title: 'Lateral movement paths to sensitive accounts',
    subtitle: 'Sensitive accounts exposed through lateral movement paths discovered in the period',
  },
] as const;

export const reportIdSchema = z.enum([
  'summary',
  'sensitive-groups',
  'cleartext-passwords',
  'lateral-movement-paths',
]);
export type ReportId = z.infer<typeof reportIdSchema>;

export const frequencySchema = z.enum(['Off', 'Daily', 'Weekly', 'Monthly']);
export type Frequency = z.infer<typeof frequencySchema>;
export const weekdaySchema = z.enum([
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
]);
export type Weekday = z.infer<typeof weekdaySchema>;

/** One report's schedule. The chosen frequency is also the report's data window. */
export const reportScheduleSchema = z
  .object({
    frequency: frequencySchema,
    weekday: weekdaySchema,
    dayOfMonth: z
      .number()
      .check(z.int(), z.gte(1, 'Pick a day from 1 to 28'), z.lte(28, 'Pick a day from 1 to 28')),
    hourUtc: z.number().check(z.int(), z.gte(0), z.lte(23)),
    recipients: recipientListSchema,
  })
  .check(
    z.refine((s) => s.frequency === 'Off' || s.recipients.length > 0, {
      message: 'Add at least one recipient, or turn the schedule off',
      path: ['recipients'],
    }),
  );
export type ReportSchedule = z.infer<typeof reportScheduleSchema>;

export const scheduledReportsSchema = z.object({
  summary: reportScheduleSchema,
  'sensitive-groups': reportScheduleSchema,
  'cleartext-passwords': reportScheduleSchema,
  'lateral-movement-paths': reportScheduleSchema,
});
export type ScheduledReports = z.infer<typeof scheduledReportsSchema>;
export const scheduledReportsResponseSchema = versioned(scheduledReportsSchema);

export const defaultSchedule: ReportSchedule = {
  frequency: 'Off',
  weekday: 'Monday',
  dayOfMonth: 1,
  hourUtc: 0,
  recipients: [],
};

const hour = (h: number) => `${String(h).padStart(2, '0')}:00 UTC`;

/** "Weekly on Monday at 06:00 UTC to 2 recipients" / "Not scheduled" (the per-report summary line). */
export function describeSchedule(s: ReportSchedule): string {
  if (s.frequency === 'Off') return 'Not scheduled';
  const when =
    s.frequency === 'Daily'
      ? `Daily at ${hour(s.hourUtc)}`
      : s.frequency === 'Weekly'
        ? `Weekly on ${s.weekday} at ${hour(s.hourUtc)}`
        : `Monthly on day ${s.dayOfMonth} at ${hour(s.hourUtc)}`;
  const n = s.recipients.length;
  if (n === 0) return `${when}, no recipients yet`;
  return `${when} to ${n} recipient${n === 1 ? '' : 's'}`;
}
