import {
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Text,
  tokens,
} from '@fluentui/react-components';
import { Controller, useWatch, type Control } from 'react-hook-form';
import type { Sensor } from '@/api/contracts/sensors';
import {
  syslogFormatSchema,
  syslogTransportSchema,
  type SyslogSettings,
  type SyslogTransport,
} from '@/api/contracts/syslog';
import { paths } from '@/config/paths';
import { RouterLink } from '@/components/ui/router-link';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    flexWrap: 'wrap',
    alignItems: 'flex-start',
  },
  grow: { flexGrow: 1, minWidth: '260px' },
  port: { width: '140px' },
  choice: { minWidth: '200px' },
});

const transportLabels: Record<SyslogTransport, string> = {
  UDP: 'UDP',
  TCP: 'TCP',
  TLS: 'TLS (secured Syslog)',
};

const sensorLabel = (s: Sensor) => `${s.name} (${s.domain})`;

/** Which sensor sends, to which server, how. */
export function SyslogServiceFields({
  control,
  sensors,
}: {
  control: Control<SyslogSettings>;
  sensors: readonly Sensor[];
}) {
  const styles = useStyles();
  const [enabled, transport, sensorId] = useWatch({
    control,
    name: ['enabled', 'transport', 'sensorId'],
  });
  const sensorName = sensors.find((s) => s.id === sensorId)?.name ?? 'the chosen sensor';

  return (
    <section className={styles.section} aria-labelledby="syslog-service-heading">
      <Text
        as="h2"
        id="syslog-service-heading"
        size={400}
        weight="semibold"
        className={styles.heading}
      >
        Syslog service
      </Text>
      <Controller
        name="sensorId"
        control={control}
        render={({ field, fieldState }) => {
          const selected = sensors.find((s) => s.id === field.value);
          return (
            <Field
              label="Sensor that sends the messages"
              required={enabled}
              hint={
                sensors.length === 0 ? (
                  <>
                    This instance has no sensors yet. Install one first: see{' '}
                    <RouterLink to={paths.configuration.sensors}>Sensors</RouterLink>.
                  </>
                ) : (
                  'Every message goes from this sensor to your SIEM; events never go straight from the cloud.'
                )
              }
              validationMessage={fieldState.error?.message}
            >
              <Dropdown
                ref={field.ref}
                className={styles.grow}
                placeholder={
                  field.value && !selected
                    ? 'A deleted sensor: choose another'
                    : field.disabled
                      ? 'No sensor chosen'
                      : 'Choose a sensor'
                }
                value={selected ? sensorLabel(selected) : ''}
                selectedOptions={field.value ? [field.value] : []}
                disabled={field.disabled}
                onOptionSelect={(_, d) => field.onChange(d.optionValue ?? null)}
                onBlur={field.onBlur}
              >
                {sensors.map((s) => (
                  <Option key={s.id} value={s.id}>
                    {sensorLabel(s)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          );
        }}
      />
      <div className={styles.row}>
        <Controller
          name="server"
          control={control}
          render={({ field, fieldState }) => (
            <Field
              className={styles.grow}
              label="Server"
              required={enabled}
              hint="The SIEM's fully qualified domain name or IP address, such as siem.contoso.com"
              validationMessage={fieldState.error?.message}
            >
              <Input {...field} autoComplete="off" spellCheck={false} />
            </Field>
          )}
        />
        <Controller
          name="port"
          control={control}
          render={({ field, fieldState }) => (
            <Field
              className={styles.port}
              label="Port"
              validationMessage={fieldState.error?.message}
            >
              <Input
                ref={field.ref}
                name={field.name}
                type="number"
                min={1}
                max={65535}
                value={Number.isNaN(field.value) ? '' : String(field.value)}
                disabled={field.disabled}
                onChange={(_, d) => field.onChange(d.value === '' ? Number.NaN : Number(d.value))}
                onBlur={field.onBlur}
              />
            </Field>
          )}
        />
      </div>
      <div className={styles.row}>
        <Controller
          name="transport"
          control={control}
          render={({ field }) => (
            <Field
              label="Transport"
              hint={
                transport === 'TLS'
                  ? `Secured Syslog: the certificates must be installed on ${sensorName}.`
                  : undefined
              }
            >
              <Dropdown
                ref={field.ref}
                className={styles.choice}
                value={transportLabels[field.value]}
                selectedOptions={[field.value]}
                disabled={field.disabled}
                onOptionSelect={(_, d) =>
                  field.onChange(syslogTransportSchema.parse(d.optionValue))
                }
                onBlur={field.onBlur}
              >
                {syslogTransportSchema.options.map((t) => (
                  <Option key={t} value={t}>
                    {transportLabels[t]}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          )}
        />
        <Controller
          name="format"
          control={control}
          render={({ field }) => (
            <Field label="Format">
              <Dropdown
                ref={field.ref}
                className={styles.choice}
                value={field.value}
                selectedOptions={[field.value]}
                disabled={field.disabled}
                onOptionSelect={(_, d) => field.onChange(syslogFormatSchema.parse(d.optionValue))}
                onBlur={field.onBlur}
              >
                {syslogFormatSchema.options.map((f) => (
                  <Option key={f} value={f}>
                    {f}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          )}
        />
      </div>
    </section>
  );
}
