import { Text } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { previewDetectionsSchema, type PreviewDetections } from '@/api/contracts/notifications';
import { SettingsForm } from '@/components/forms/settings-form';
import { SwitchField } from '@/components/forms/switch-field';
import { useVersionedForm } from '@/lib/forms/use-versioned-form';
import { useVersionedQuery } from '@/lib/forms/version-source';
import { notificationQueries, savePreviewDetections } from '../api/notification-queries';
import { SettingsPageFrame } from './settings-page-frame';

const same = (v: PreviewDetections) => v;

function PreviewDetectionsForm({ canEdit }: { canEdit: boolean }) {
  const settings = useVersionedForm({
    source: useVersionedQuery(notificationQueries.preview()),
    schema: previewDetectionsSchema,
    toValues: same,
    toInput: same,
    save: savePreviewDetections,
    canEdit,
  });
  return (
    <SettingsForm
      form={settings}
      label="Preview detections"
      readOnlyNote="Only Administrators and Users can turn preview detections on or off."
    >
      <Text block>
        New detections are released as <strong>preview</strong> first, and usually become generally
        available within a few weeks. While this is on, preview detections raise alerts like any
        other detection, marked Preview on the timeline. Turning it off hides preview alerts from
        the timeline and entity profiles and stops new ones from being raised. It is on by default.
      </Text>
      <SwitchField control={settings.form.control} name="enabled" label="Show preview detections" />
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
