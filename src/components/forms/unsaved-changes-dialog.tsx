import { Button } from '@fluentui/react-components';
import type { Blocker } from 'react-router';
import { ConfirmDialogFrame } from '@/components/ui/confirm-dialog-frame';

const wording = {
  page: {
    title: 'Leave without saving?',
    detail: 'You have changes on this page that aren’t saved. If you leave now, they’re lost.',
    stay: 'Stay on this page',
    discard: 'Leave and discard changes',
  },
  panel: {
    title: 'Close without saving?',
    detail: 'You have changes here that aren’t saved. If you close now, they’re lost.',
    stay: 'Keep editing',
    discard: 'Close and discard changes',
  },
};

export type UnsavedChangesDialogProps =
  /** A navigation away from the page, blocked by `useUnsavedChangesGuard()`. */
  | { blocker: Blocker }
  /** Closing a panel (a drawer) whose form has unsaved changes. */
  | {
      open: boolean;
      onStay: () => void;
      onDiscard: () => void;
      /** What would be lost, when the panel can say it better than “changes here”. */
      detail?: string;
    };

/** Asks before unsaved changes are lost: leaving the page, or closing the panel that holds them. */
export function UnsavedChangesDialog(props: UnsavedChangesDialogProps) {
  const { open, onStay, onDiscard, words } =
    'blocker' in props
      ? {
          open: props.blocker.state === 'blocked',
          onStay: () => props.blocker.reset?.(),
          onDiscard: () => props.blocker.proceed?.(),
          words: wording.page,
        }
      : { ...props, words: { ...wording.panel, detail: props.detail ?? wording.panel.detail } };
  if (!open) return null;
  return (
    <ConfirmDialogFrame
      title={words.title}
      onDismiss={onStay}
      actions={
        <>
          <Button appearance="primary" onClick={onStay}>
            {words.stay}
          </Button>
          <Button onClick={onDiscard}>{words.discard}</Button>
        </>
      }
    >
      {words.detail}
    </ConfirmDialogFrame>
  );
}
