import { useQuery } from '@tanstack/react-query';
import {
  reportDefinitions,
  scheduledReportsSchema,
  type ScheduledReports,
} from '@/api/contracts/scheduled-reports';
import { SettingsForm } from '@/components/forms/settings-form';
import { formatDateTime } from '@/lib/format';
import { useVersionedForm } from '@/lib/forms/use-versioned-form';
import { notificationQueries, saveScheduledReports } from '../api/notification-queries';
import { ReportScheduleFields } from './report-schedule-fields';
import { lastChangedText, SettingsPageFrame } from './settings-page-frame';

const same = (v: ScheduledReports) => v;

function ScheduledReportsForm({ canEdit }: { canEdit: boolean }) {
  const settings = useVersionedForm({
    query: notificationQueries.scheduledReports(),
    schema: scheduledReportsSchema,
    toValues: same,
    toInput: same,
    save: saveScheduledReports,
    canEdit,
  });
  const { form } = settings;
  return (
    <SettingsForm
      label="Scheduled reports"
      canEdit={canEdit}
      readOnlyNote="Only Administrators and Users can schedule reports."
      isDirty={form.formState.isDirty}
      saving={settings.saving}
      formError={settings.formError}
      conflict={settings.conflict}
      blocker={settings.blocker}
      lastChanged={lastChangedText(settings.data, formatDateTime)}
      onSubmit={(event) => void settings.submit(event)}
      onDiscard={settings.discard}
      onReloadAndReapply={() => void settings.reloadAndReapply()}
      onDismissConflict={settings.dismissConflict}
    >
      {reportDefinitions.map((report) => (
        <ReportScheduleFields
          key={report.id}
          id={report.id}
          title={report.title}
          subtitle={report.subtitle}
          control={form.control}
        />
      ))}
    </SettingsForm>
  );
}

/** Configuration → Notifications and reports → Scheduled reports. */
export function ScheduledReportsPage({ canEdit }: { canEdit: boolean }) {
  const query = useQuery(notificationQueries.scheduledReports());
  return (
    <SettingsPageFrame
      title="Scheduled reports"
      description="Email a link to a report on a schedule. The frequency is also the report’s period: a weekly report covers the last 7 days. Times are UTC."
      query={query}
    >
      <ScheduledReportsForm canEdit={canEdit} />
    </SettingsPageFrame>
  );
}
