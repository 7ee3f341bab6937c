import { useQuery } from '@tanstack/react-query';
import { Controller } from 'react-hook-form';
import {
  emailNotificationsSchema,
  MAX_RECIPIENTS,
  type EmailNotifications,
} from '@/api/contracts/notifications';
import { EmailListField } from '@/components/forms/email-list-field';
import { SettingsForm } from '@/components/forms/settings-form';
import { useVersionedForm } from '@/lib/forms/use-versioned-form';
import { useVersionedQuery } from '@/lib/forms/version-source';
import { notificationQueries, saveEmailNotifications } from '../api/notification-queries';
import { SettingsPageFrame } from './settings-page-frame';

const same = (v: EmailNotifications) => v;

function EmailNotificationsForm({ canEdit }: { canEdit: boolean }) {
  const settings = useVersionedForm({
    source: useVersionedQuery(notificationQueries.email()),
    schema: emailNotificationsSchema,
    toValues: same,
    toInput: same,
    save: saveEmailNotifications,
    canEdit,
  });
  const { form } = settings;
  const lists = [
    {
      name: 'alertRecipients',
      label: 'A new security alert is detected',
      hint: 'Sent only when an alert is created.',
    },
    {
      name: 'healthRecipients',
      label: 'A new health issue is detected',
      hint: 'Sent when the Health Center opens an issue.',
    },
  ] as const;
  return (
    <SettingsForm
      form={settings}
      label="Email notifications"
      readOnlyNote="Only Administrators and Users can change email notifications."
    >
      {lists.map((list) => (
        <Controller
          key={list.name}
          name={list.name}
          control={form.control}
          render={({ field, fieldState }) => (
            <EmailListField
              label={list.label}
              hint={`${list.hint} Up to ${MAX_RECIPIENTS} addresses; adding one turns the notification on.`}
              value={field.value}
              onChange={(next) => field.onChange(next)}
              disabled={field.disabled}
              error={fieldState.error?.message}
              emptyText="No recipients: this notification is off."
              max={MAX_RECIPIENTS}
            />
          )}
        />
      ))}
    </SettingsForm>
  );
}

/** Configuration → Notifications and reports → Email notifications. */
export function EmailNotificationsPage({ canEdit }: { canEdit: boolean }) {
  const query = useQuery(notificationQueries.email());
  return (
    <SettingsPageFrame
      title="Email notifications"
      description="Who gets an email when a security alert or a health issue is detected. Emails link to the alert or issue in the portal."
      query={query}
    >
      <EmailNotificationsForm canEdit={canEdit} />
    </SettingsPageFrame>
  );
}
