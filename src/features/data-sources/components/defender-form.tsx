import { useQueryClient } from '@tanstack/react-query';
import { defenderSettingsSchema, type DefenderSettings } from '@/api/contracts/defender';
import { SettingsForm } from '@/components/forms/settings-form';
import { SwitchField } from '@/components/forms/switch-field';
import { useVersionedForm } from '@/lib/forms/use-versioned-form';
import { useVersionedQuery } from '@/lib/forms/version-source';
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
    source: useVersionedQuery(defenderQueries.settings()),
    schema: defenderSettingsSchema,
    toValues: same,
    toInput: same,
    save: (input: DefenderSettings, etag: string) => saveDefenderSettings(queryClient, input, etag),
    canEdit,
  });

  return (
    <SettingsForm
      form={settings}
      label="Microsoft Defender for Endpoint integration"
      readOnlyNote={readOnlyNote}
    >
      <SwitchField
        control={settings.form.control}
        name="enabled"
        label="Integration with Microsoft Defender for Endpoint"
        hint="Also turn the integration on in the Microsoft Defender portal (Settings → Endpoints → Advanced features). Both products must be licensed."
      />
    </SettingsForm>
  );
}
