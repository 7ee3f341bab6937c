import { Checkbox, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo } from 'react';
import { Controller } from 'react-hook-form';
import type { Sensor, SensorUpdate } from '@/api/contracts/sensors';
import { SettingsForm } from '@/components/forms/settings-form';
import { SwitchField } from '@/components/forms/switch-field';
import { useVersionedForm } from '@/lib/forms/use-versioned-form';
import type { VersionSource } from '@/lib/forms/version-source';
import { sensorQueries } from '../api/sensor-queries';
import { useUpdateSensor } from '../api/use-update-sensor';
import { delayedUpdateHint } from '../utils/delayed-update';
import {
  sensorFormSchema,
  toFormValues,
  toSensorUpdate,
  type SensorFormValues,
} from '../utils/sensor-form';
import { DomainControllerListField } from './domain-controller-list-field';

const useStyles = makeStyles({
  fieldset: { display: 'flex', flexDirection: 'column', border: 'none', margin: 0, padding: 0 },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  hint: { color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
  readOnlyList: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export interface SensorConfigFormProps {
  sensor: Sensor;
  canEdit: boolean;
  /** Tells the drawer whether closing it would lose changes. */
  onDirtyChange: (dirty: boolean) => void;
}

/** A sensor as a versioned form's source: its ETag, and the latest list's copy after a 412. */
function useSensorSource(sensor: Sensor): VersionSource<Sensor> {
  const queryClient = useQueryClient();
  return {
    data: { value: sensor, etag: sensor.etag, updatedAt: null, updatedBy: null },
    reload: async () => {
      await queryClient.refetchQueries({ queryKey: sensorQueries.list().queryKey });
      const latest = queryClient
        .getQueryData(sensorQueries.list().queryKey)
        ?.items.find((s) => s.id === sensor.id);
      return latest && { value: latest, etag: latest.etag, updatedAt: null, updatedBy: null };
    },
  };
}

/** A sensor's configuration (domain catalog §6.2): editable by Administrators, read-only for others. */
export function SensorConfigForm({ sensor, canEdit, onDirtyChange }: SensorConfigFormProps) {
  const styles = useStyles();
  const update = useUpdateSensor();
  const settings = useVersionedForm({
    source: useSensorSource(sensor),
    schema: useMemo(() => sensorFormSchema(sensor.type), [sensor.type]),
    toValues: toFormValues,
    toInput: (values: SensorFormValues, current: Sensor) => toSensorUpdate(values, current.type),
    save: async (input: SensorUpdate, etag: string) => {
      const saved = await update.mutateAsync({ id: sensor.id, etag, update: input });
      return { value: saved, etag: saved.etag, updatedAt: null, updatedBy: null };
    },
    canEdit,
  });
  const { control, formState } = settings.form;
  useEffect(() => onDirtyChange(formState.isDirty), [formState.isDirty, onDirtyChange]);
  const standalone = sensor.type === 'Standalone Sensor';
  const adaptersHintId = useId();

  return (
    <SettingsForm
      form={settings}
      appearance="embedded"
      label="Sensor configuration"
      readOnlyNote="Only Administrators can change a sensor’s configuration."
    >
      <Controller
        control={control}
        name="description"
        render={({ field, fieldState }) => (
          <Field label="Description" validationMessage={fieldState.error?.message}>
            <Textarea {...field} resize="vertical" placeholder="What this sensor is for" />
          </Field>
        )}
      />
      {standalone ? (
        <Controller
          control={control}
          name="domainControllers"
          render={({ field, fieldState }) => (
            <DomainControllerListField
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              disabled={!canEdit}
              error={fieldState.error?.message}
            />
          )}
        />
      ) : (
        <Field
          label="Domain controllers"
          hint={
            sensor.type === 'Sensor'
              ? 'A sensor on a domain controller monitors that domain controller; this can’t be changed.'
              : 'Only standalone sensors list the domain controllers they monitor.'
          }
        >
          {sensor.domainControllers.length > 0 ? (
            <ul className={styles.readOnlyList}>
              {sensor.domainControllers.map((fqdn) => (
                <li key={fqdn}>{fqdn}</li>
              ))}
            </ul>
          ) : (
            <span>None</span>
          )}
        </Field>
      )}
      <Controller
        control={control}
        name="networkAdapters"
        render={({ field, fieldState }) => (
          <fieldset className={styles.fieldset} aria-describedby={adaptersHintId}>
            <legend className={styles.legend}>Capture network adapters (at least one)</legend>
            {field.value.map((adapter, i) => (
              <Checkbox
                key={adapter.name}
                label={adapter.name}
                checked={adapter.selected}
                disabled={field.disabled}
                onBlur={field.onBlur}
                onChange={(_, data) =>
                  field.onChange(
                    field.value.map((a, n) =>
                      n === i ? { ...a, selected: data.checked === true } : a,
                    ),
                  )
                }
              />
            ))}
            <Text
              id={adaptersHintId}
              size={200}
              className={fieldState.error ? styles.error : styles.hint}
            >
              {fieldState.error?.message ??
                (standalone
                  ? 'The adapters that receive the mirrored traffic.'
                  : 'Every adapter the server uses to talk to your network.')}
            </Text>
          </fieldset>
        )}
      />
      <SwitchField
        control={control}
        name="delayedUpdate"
        fieldLabel="Delayed update"
        hint={delayedUpdateHint}
        label={(on) => (on ? 'On' : 'Off')}
      />
    </SettingsForm>
  );
}
