import { Field, Switch } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { Controller } from 'react-hook-form';
import { defenderSettingsSchema, type DefenderSettings } from '@/api/contracts/defender';
import { SettingsForm } from '@/components/forms/settings-form';
import { formatDateTime } from '@/lib/format';
import { useVersionedForm } from '@/lib/forms/use-versioned-form';
import { defenderQueries, saveDefenderSettings } from '../api/defender-queries';

const same = (v: DefenderSettings) => v;

export interface DefenderFormProps {
  /** Has the data-sources permission *and* is a Global or Security Administrator. */
  canEdit: boolean;
  readOnlyNote: string;
}

/** The integration toggle. */
export function DefenderForm({ canEdit, readOnlyNote }: DefenderFormProps) {
  const queryClient = useQueryClient();
  const settings = useVersionedForm({
    query: defenderQueries.settings(),
    schema: defenderSettingsSchema,
    toValues: same,
    toInput: same,
    save: (input: DefenderSettings, etag: string) => saveDefenderSettings(queryClient, input, etag),
    canEdit,
  });
  const { form, data } = settings;
  const lastChanged = data.updatedAt
    ? `Last changed by ${data.updatedBy ?? 'someone'} on ${formatDateTime(data.updatedAt)}`
    : undefined;

  return (
    <SettingsForm
      label="Microsoft Defender for Endpoint integration"
      canEdit={canEdit}
      readOnlyNote={readOnlyNote}
      isDirty={form.formState.isDirty}
      saving={settings.saving}
      formError={settings.formError}
      conflict={settings.conflict}
      blocker={settings.blocker}
      lastChanged={lastChanged}
      onSubmit={(event) => void settings.submit(event)}
      onDiscard={settings.discard}
      onReloadAndReapply={() => void settings.reloadAndReapply()}
      onDismissConflict={settings.dismissConflict}
    >
      <Controller
        name="enabled"
        control={form.control}
        render={({ field }) => (
          <Field hint="Also turn the integration on in the Microsoft Defender portal (Settings → Endpoints → Advanced features). Both products must be licensed.">
            <Switch
              ref={field.ref}
              label="Integration with Microsoft Defender for Endpoint"
              checked={field.value}
              disabled={field.disabled}
              onChange={(_, d) => field.onChange(d.checked)}
              onBlur={field.onBlur}
            />
          </Field>
        )}
      />
    </SettingsForm>
  );
}
