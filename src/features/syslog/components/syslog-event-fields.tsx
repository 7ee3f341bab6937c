import { makeStyles, Switch, tokens } from '@fluentui/react-components';
import { Controller, useWatch, type Control } from 'react-hook-form';
import type { SyslogSettings } from '@/api/contracts/syslog';

const useStyles = makeStyles({
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  nested: { paddingLeft: tokens.spacingHorizontalXXL },
});

type EventName = `events.${keyof SyslogSettings['events']}`;

function EventSwitch({
  control,
  name,
  label,
  disabled = false,
}: {
  control: Control<SyslogSettings>;
  name: EventName;
  label: string;
  disabled?: boolean;
}) {
  return (
    <Controller
      name={name}
      control={control}
      render={({ field }) => (
        <Switch
          ref={field.ref}
          label={label}
          checked={field.value}
          disabled={field.disabled || disabled}
          onChange={(_, d) => field.onChange(d.checked)}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}

/** Which events are sent. Updates of an alert are sent only while new alerts are. */
export function SyslogEventFields({ control }: { control: Control<SyslogSettings> }) {
  const styles = useStyles();
  const newAlerts = useWatch({ control, name: 'events.newSecurityAlerts' });
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>Send a message when</legend>
      <EventSwitch
        control={control}
        name="events.newSecurityAlerts"
        label="A new security alert is detected"
      />
      <div className={styles.nested}>
        <EventSwitch
          control={control}
          name="events.updatedSecurityAlerts"
          label="An existing security alert is updated"
          disabled={!newAlerts}
        />
      </div>
      <EventSwitch
        control={control}
        name="events.newHealthIssues"
        label="A new health issue is detected"
      />
    </fieldset>
  );
}
