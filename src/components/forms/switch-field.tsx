import { Field, Switch } from '@fluentui/react-components';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

export interface SwitchFieldProps<Values extends FieldValues> {
  control: Control<Values>;
  /** A boolean field of the form. */
  name: FieldPath<Values>;
  /** The switch's own label, or one from its value (`(on) => (on ? 'On' : 'Off')`). */
  label: string | ((checked: boolean) => string);
  /** A label above the switch (then `label` usually says On or Off). */
  fieldLabel?: string;
  hint?: string;
}

/** An on/off setting of a react-hook-form form, in a Field when it has a label or hint above/below. */
export function SwitchField<Values extends FieldValues>({
  control,
  name,
  label,
  fieldLabel,
  hint,
}: SwitchFieldProps<Values>) {
  return (
    <Controller
      name={name}
      control={control}
      render={({ field }) => {
        const checked = field.value === true;
        const control = (
          <Switch
            ref={field.ref}
            label={typeof label === 'string' ? label : label(checked)}
            checked={checked}
            disabled={field.disabled}
            onChange={(_, data) => field.onChange(data.checked)}
            onBlur={field.onBlur}
          />
        );
        return fieldLabel || hint ? (
          <Field label={fieldLabel} hint={hint}>
            {control}
          </Field>
        ) : (
          control
        );
      }}
    />
  );
}
