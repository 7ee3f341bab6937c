import { useQuery } from '@tanstack/react-query';
import {
  reportDefinitions,
  scheduledReportsSchema,
  type ScheduledReports,
} from '@/api/contracts/scheduled-reports';
import { SettingsForm } from '@/components/forms/settings-form';
import { useVersionedForm } from '@/lib/forms/use-versioned-form';
import { useVersionedQuery } from '@/lib/forms/version-source';
import { notificationQueries, saveScheduledReports } from '../api/notification-queries';
import { ReportScheduleFields } from './report-schedule-fields';
import { SettingsPageFrame } from './settings-page-frame';

const same = (v: ScheduledReports) => v;

function ScheduledReportsForm({ canEdit }: { canEdit: boolean }) {
  const settings = useVersionedForm({
    source: useVersionedQuery(notificationQueries.scheduledReports()),
    schema: scheduledReportsSchema,
    toValues: same,
    toInput: same,
    save: saveScheduledReports,
    canEdit,
  });
  return (
    <SettingsForm
      form={settings}
      label="Scheduled reports"
      readOnlyNote="Only Administrators and Users can schedule reports."
    >
      {reportDefinitions.map((report) => (
        <ReportScheduleFields
          key={report.id}
          id={report.id}
          title={report.title}
          subtitle={report.subtitle}
          control={settings.form.control}
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
