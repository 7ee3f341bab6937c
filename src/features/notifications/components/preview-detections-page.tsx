import { Switch, Text } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { Controller } from 'react-hook-form';
import { previewDetectionsSchema, type PreviewDetections } from '@/api/contracts/notifications';
import { SettingsForm } from '@/components/forms/settings-form';
import { formatDateTime } from '@/lib/format';
import { useVersionedForm } from '@/lib/forms/use-versioned-form';
import { notificationQueries, savePreviewDetections } from '../api/notification-queries';
import { lastChangedText, SettingsPageFrame } from './settings-page-frame';

const same = (v: PreviewDetections) => v;

function PreviewDetectionsForm({ canEdit }: { canEdit: boolean }) {
  const settings = useVersionedForm({
    query: notificationQueries.preview(),
    schema: previewDetectionsSchema,
    toValues: same,
    toInput: same,
    save: savePreviewDetections,
    canEdit,
  });
  const { form } = settings;
  return (
    <SettingsForm
      label="Preview detections"
      canEdit={canEdit}
      readOnlyNote="Only Administrators and Users can turn preview detections on or off."
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
      <Text block>
        New detections are released as <strong>preview</strong> first, and usually become generally
        available within a few weeks. While this is on, preview detections raise alerts like any
        other detection, marked Preview on the timeline. Turning it off hides preview alerts from
        the timeline and entity profiles and stops new ones from being raised. It is on by default.
      </Text>
      <Controller
        name="enabled"
        control={form.control}
        render={({ field }) => (
          <Switch
            ref={field.ref}
            label="Show preview detections"
            checked={field.value}
            disabled={field.disabled}
            onChange={(_, d) => field.onChange(d.checked)}
            onBlur={field.onBlur}
          />
        )}
      />
    </SettingsForm>
  );
}

/** Configuration → Preview → Detections. */
export function PreviewDetectionsPage({ canEdit }: { canEdit: boolean }) {
  const query = useQuery(notificationQueries.preview());
  return (
    <SettingsPageFrame
      title="Preview detections"
      description="Use new detections before they are generally available."
      query={query}
    >
      <PreviewDetectionsForm canEdit={canEdit} />
    </SettingsPageFrame>
  );
}
