import { Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { Controller, useWatch, type Control } from 'react-hook-form';
import {
  describeSchedule,
  frequencySchema,
  weekdaySchema,
  type ReportId,
  type ScheduledReports,
} from '@/api/contracts/scheduled-reports';
import { MAX_RECIPIENTS } from '@/api/contracts/notifications';
import { EmailListField } from '@/components/forms/email-list-field';

const useStyles = makeStyles({
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  heading: { margin: 0 },
  row: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  summary: { color: tokens.colorNeutralForeground2 },
});

const hours = Array.from({ length: 24 }, (_, h) => h);
const days = Array.from({ length: 28 }, (_, d) => d + 1);

/** One report's schedule: frequency, weekday or day of month, hour (UTC), recipients. */
export function ReportScheduleFields({
  id,
  title,
  subtitle,
  control,
}: {
  id: ReportId;
  title: string;
  subtitle: string;
  control: Control<ScheduledReports>;
}) {
  const styles = useStyles();
  const schedule = useWatch({ control, name: id });
  const headingId = `report-${id}`;
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <div>
        <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
          {title}
        </Text>
        <Text size={200} block>
          {subtitle}
        </Text>
      </div>
      <Text className={styles.summary} aria-live="polite">
        {describeSchedule(schedule)}
      </Text>
      <div className={styles.row}>
        <Controller
          name={`${id}.frequency`}
          control={control}
          render={({ field }) => (
            <Field label={`Send the ${title} report`}>
              <Select
                value={field.value}
                disabled={field.disabled}
                onChange={(_, d) => field.onChange(d.value)}
              >
                {frequencySchema.options.map((f) => (
                  <option key={f} value={f}>
                    {f === 'Off' ? 'Off (not scheduled)' : f}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        />
        {schedule.frequency === 'Weekly' && (
          <Controller
            name={`${id}.weekday`}
            control={control}
            render={({ field }) => (
              <Field label="On">
                <Select
                  value={field.value}
                  disabled={field.disabled}
                  onChange={(_, d) => field.onChange(d.value)}
                >
                  {weekdaySchema.options.map((w) => (
                    <option key={w} value={w}>
                      {w}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
          />
        )}
        {schedule.frequency === 'Monthly' && (
          <Controller
            name={`${id}.dayOfMonth`}
            control={control}
            render={({ field }) => (
              <Field label="On day">
                <Select
                  value={String(field.value)}
                  disabled={field.disabled}
                  onChange={(_, d) => field.onChange(Number(d.value))}
                >
                  {days.map((d) => (
                    <option key={d} value={d}>
                      {d}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
          />
        )}
        {schedule.frequency !== 'Off' && (
          <Controller
            name={`${id}.hourUtc`}
            control={control}
            render={({ field }) => (
              <Field label="At (UTC)">
                <Select
                  value={String(field.value)}
                  disabled={field.disabled}
                  onChange={(_, d) => field.onChange(Number(d.value))}
                >
                  {hours.map((h) => (
                    <option key={h} value={h}>
                      {`${String(h).padStart(2, '0')}:00`}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
          />
        )}
      </div>
      <Controller
        name={`${id}.recipients`}
        control={control}
        render={({ field, fieldState }) => (
          <EmailListField
            label={`${title}: send to`}
            value={field.value}
            onChange={(next) => field.onChange(next)}
            disabled={field.disabled}
            error={fieldState.error?.message}
            emptyText={
              schedule.frequency === 'Off'
                ? 'No recipients.'
                : 'No recipients yet: add at least one.'
            }
            max={MAX_RECIPIENTS}
          />
        )}
      />
    </section>
  );
}
