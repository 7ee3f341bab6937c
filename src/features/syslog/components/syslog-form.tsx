import type { Sensor } from '@/api/contracts/sensors';
import { syslogSettingsSchema, type SyslogSettings } from '@/api/contracts/syslog';
import { SettingsForm } from '@/components/forms/settings-form';
import { SwitchField } from '@/components/forms/switch-field';
import { useVersionedForm } from '@/lib/forms/use-versioned-form';
import { useVersionedQuery } from '@/lib/forms/version-source';
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
    source: useVersionedQuery(syslogQueries.settings()),
    schema: syslogSettingsSchema,
    toValues: same,
    toInput: same,
    save: saveSyslogSettings,
    canEdit,
  });
  const { form } = settings;

  return (
    <SettingsForm
      form={settings}
      label="Syslog notifications"
      readOnlyNote="Only Administrators can change Syslog notifications: the SIEM is a data source."
    >
      <SwitchField
        control={form.control}
        name="enabled"
        label="Send security alerts and health issues to a SIEM"
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
