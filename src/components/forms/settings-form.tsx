import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { LockClosedRegular, SaveRegular } from '@fluentui/react-icons';
import type { FormEvent, ReactNode } from 'react';
import type { Blocker } from 'react-router';
import { ErrorState } from '@/components/errors/error-state';
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

export interface SettingsFormProps {
  /** Accessible name of the form. */
  label: string;
  canEdit: boolean;
  /** Who may change it, shown to those who can't, e.g. "Only Administrators can change VPN settings." */
  readOnlyNote: string;
  isDirty: boolean;
  saving: boolean;
  formError: unknown;
  conflict: boolean;
  blocker: Blocker;
  lastChanged?: string | undefined;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onDiscard: () => void;
  onReloadAndReapply: () => void;
  onDismissConflict: () => void;
  children: ReactNode;
  /** `card` (a settings page, the default) or `embedded` (inside a drawer that frames it). */
  appearance?: 'card' | 'embedded';
}

/** The frame of every settings page: read-only note, fields, errors, Save/Discard, dialogs. */
export function SettingsForm(props: SettingsFormProps) {
  const styles = useStyles();
  return (
    <form
      className={props.appearance === 'embedded' ? styles.embedded : styles.card}
      aria-label={props.label}
      onSubmit={props.onSubmit}
      noValidate
    >
      {!props.canEdit && (
        <MessageBar intent="info" icon={<LockClosedRegular />}>
          <MessageBarBody>{props.readOnlyNote}</MessageBarBody>
        </MessageBar>
      )}
      {props.formError ? (
        <ErrorState error={props.formError} title="Your changes weren’t saved" />
      ) : null}
      <div className={styles.fields}>{props.children}</div>
      {props.canEdit && (
        <div className={styles.footer}>
          {props.lastChanged && (
            <Text size={200} className={styles.meta}>
              {props.lastChanged}
            </Text>
          )}
          <Button onClick={props.onDiscard} disabled={!props.isDirty || props.saving}>
            Discard changes
          </Button>
          <Button
            appearance="primary"
            type="submit"
            icon={<SaveRegular />}
            disabled={!props.isDirty || props.saving}
          >
            {props.saving ? 'Saving…' : 'Save'}
          </Button>
        </div>
      )}
      <ConflictDialog
        open={props.conflict}
        onReloadAndReapply={props.onReloadAndReapply}
        onDismiss={props.onDismissConflict}
      />
      <UnsavedChangesDialog blocker={props.blocker} />
    </form>
  );
}
