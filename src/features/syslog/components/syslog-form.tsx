import { Switch } from '@fluentui/react-components';
import { Controller } from 'react-hook-form';
import type { Sensor } from '@/api/contracts/sensors';
import { syslogSettingsSchema, type SyslogSettings } from '@/api/contracts/syslog';
import { SettingsForm } from '@/components/forms/settings-form';
import { formatDateTime } from '@/lib/format';
import { useVersionedForm } from '@/lib/forms/use-versioned-form';
import { saveSyslogSettings, syslogQueries } from '../api/syslog-queries';
import { SyslogEventFields } from './syslog-event-fields';
import { SyslogServiceFields } from './syslog-service-fields';
import { SyslogTestPanel } from './syslog-test-panel';

const same = (v: SyslogSettings) => v;

export interface SyslogFormProps {
  canEdit: boolean;
  sensors: readonly Sensor[];
  /** The service's time of the sensor list: the preview's timestamp. */
  asOf: string;
  instanceUrl: string;
}

/** The Syslog settings: service, events, live preview and test message. */
export function SyslogForm({ canEdit, sensors, asOf, instanceUrl }: SyslogFormProps) {
  const settings = useVersionedForm({
    query: syslogQueries.settings(),
    schema: syslogSettingsSchema,
    toValues: same,
    toInput: same,
    save: saveSyslogSettings,
    canEdit,
  });
  const { form, data } = settings;
  const lastChanged = data.updatedAt
    ? `Last changed by ${data.updatedBy ?? 'someone'} on ${formatDateTime(data.updatedAt)}`
    : undefined;

  return (
    <SettingsForm
      label="Syslog notifications"
      canEdit={canEdit}
      readOnlyNote="Only Administrators can change Syslog notifications: the SIEM is a data source."
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
          <Switch
            ref={field.ref}
            label="Send security alerts and health issues to a SIEM"
            checked={field.value}
            disabled={field.disabled}
            onChange={(_, d) => field.onChange(d.checked)}
            onBlur={field.onBlur}
          />
        )}
      />
      <SyslogServiceFields control={form.control} sensors={sensors} />
      <SyslogEventFields control={form.control} />
      <SyslogTestPanel
        form={form}
        canEdit={canEdit}
        sensors={sensors}
        asOf={asOf}
        instanceUrl={instanceUrl}
      />
    </SettingsForm>
  );
}
