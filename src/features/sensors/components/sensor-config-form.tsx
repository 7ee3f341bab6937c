import {
  Checkbox,
  Field,
  makeStyles,
  Switch,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId } from 'react';
import { Controller } from 'react-hook-form';
import type { Sensor } from '@/api/contracts/sensors';
import { SettingsForm } from '@/components/forms/settings-form';
import { delayedUpdateHint } from '../utils/delayed-update';
import { DomainControllerListField } from './domain-controller-list-field';
import { useSensorForm } from './use-sensor-form';

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

/** A sensor's configuration (domain catalog §6.2): editable by Administrators, read-only for others. */
export function SensorConfigForm({ sensor, canEdit, onDirtyChange }: SensorConfigFormProps) {
  const styles = useStyles();
  const f = useSensorForm(sensor, canEdit);
  const { control, formState } = f.form;
  useEffect(() => onDirtyChange(formState.isDirty), [formState.isDirty, onDirtyChange]);
  const standalone = sensor.type === 'Standalone Sensor';
  const adaptersHintId = useId();

  return (
    <SettingsForm
      appearance="embedded"
      label="Sensor configuration"
      canEdit={canEdit}
      readOnlyNote="Only Administrators can change a sensor’s configuration."
      isDirty={formState.isDirty}
      saving={f.saving}
      formError={f.formError}
      conflict={f.conflict}
      blocker={f.blocker}
      onSubmit={(e) => void f.submit(e)}
      onDiscard={f.discard}
      onReloadAndReapply={() => void f.reloadAndReapply()}
      onDismissConflict={f.dismissConflict}
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
      <Controller
        control={control}
        name="delayedUpdate"
        render={({ field }) => (
          <Field label="Delayed update" hint={delayedUpdateHint}>
            <Switch
              checked={field.value}
              disabled={field.disabled}
              onBlur={field.onBlur}
              onChange={(_, data) => field.onChange(data.checked)}
              label={field.value ? 'On' : 'Off'}
            />
          </Field>
        )}
      />
    </SettingsForm>
  );
}
