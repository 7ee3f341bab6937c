import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { LockClosedRegular, SaveRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { ErrorState } from '@/components/errors/error-state';
import { formatDateTime } from '@/lib/format';
import type { VersionedFormFrame } from '@/lib/forms/use-versioned-form';
import { ConflictDialog } from './conflict-dialog';
import { UnsavedChangesDialog } from './unsaved-changes-dialog';

const useStyles = makeStyles({
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    padding: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '960px',
  },
  // Inside a drawer or panel that already frames it: no card of its own.
  embedded: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  footer: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    justifyContent: 'flex-end',
  },
  meta: { color: tokens.colorNeutralForeground3, marginRight: 'auto' },
});

/** "Last changed by Adele Vance on Nov 20, 2026, 9:00 AM UTC", or nothing for a version never saved. */
export function lastChangedText(data: { updatedAt: string | null; updatedBy: string | null }) {
  return data.updatedAt
    ? `Last changed by ${data.updatedBy ?? 'someone'} on ${formatDateTime(data.updatedAt)}`
    : undefined;
}

export interface SettingsFormProps {
  /** What `useVersionedForm()` returned, whole. */
  form: VersionedFormFrame;
  /** Accessible name of the form. */
  label: string;
  /** Who may change it, shown to those who can't, e.g. "Only Administrators can change VPN settings." */
  readOnlyNote: string;
  children: ReactNode;
  /** `card` (a settings page, the default) or `embedded` (inside a drawer that frames it). */
  appearance?: 'card' | 'embedded';
}

/**
 * The frame of every settings form: read-only note, fields, errors, "Last changed by …",
 * Save/Discard, and the conflict and unsaved-changes dialogs.
 */
export function SettingsForm({
  form: f,
  label,
  readOnlyNote,
  children,
  appearance,
}: SettingsFormProps) {
  const styles = useStyles();
  const isDirty = f.form.formState.isDirty;
  const lastChanged = lastChangedText(f.data);
  return (
    <form
      className={appearance === 'embedded' ? styles.embedded : styles.card}
      aria-label={label}
      onSubmit={(event) => void f.submit(event)}
      noValidate
    >
      {!f.canEdit && (
        <MessageBar intent="info" icon={<LockClosedRegular />}>
          <MessageBarBody>{readOnlyNote}</MessageBarBody>
        </MessageBar>
      )}
      {f.formError ? <ErrorState error={f.formError} title="Your changes weren’t saved" /> : null}
      <div className={styles.fields}>{children}</div>
      {f.canEdit && (
        <div className={styles.footer}>
          {lastChanged && (
            <Text size={200} className={styles.meta}>
              {lastChanged}
            </Text>
          )}
          <Button onClick={f.discard} disabled={!isDirty || f.saving}>
            Discard changes
          </Button>
          <Button
            appearance="primary"
            type="submit"
            icon={<SaveRegular />}
            disabled={!isDirty || f.saving}
          >
            {f.saving ? 'Saving…' : 'Save'}
          </Button>
        </div>
      )}
      <ConflictDialog
        conflict={f.conflict}
        onReloadAndReapply={() => void f.reloadAndReapply()}
        onDismiss={f.dismissConflict}
      />
      <UnsavedChangesDialog blocker={f.blocker} />
    </form>
  );
}
