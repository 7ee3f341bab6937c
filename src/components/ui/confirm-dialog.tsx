import { Button } from '@fluentui/react-components';
import { useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { ErrorState } from '@/components/errors/error-state';
import { ConfirmDialogFrame } from './confirm-dialog-frame';

const isInside = (container: RefObject<HTMLElement | null>, element: Element) =>
  container.current?.contains(element) === true;

export interface ConfirmDialogProps {
  /** The question, e.g. "Delete DC01?". */
  title: string;
  /** What happens if the user confirms, in plain words. */
  children: ReactNode;
  /** The confirm button, e.g. "Delete", and its label while the change runs, e.g. "Deleting…". */
  confirmLabel: string;
  pendingLabel: string;
  /** The change is running: both buttons wait, Escape doesn't close. */
  pending: boolean;
  /** The change failed: shown in the dialog, which stays open for another try or Cancel. */
  error: unknown;
  /** Heading of that error, e.g. "The sensor wasn’t deleted". */
  errorTitle: string;
  onConfirm: () => void;
  /** Cancel, Escape; the caller unmounts the dialog (also once the change succeeded). */
  onCancel: () => void;
  /** `alert` (default, `alertdialog`) for a change that can't be undone; `modal` otherwise. */
  modalType?: 'alert' | 'modal';
}

/**
 * Asks before a change: the question, what it does, Confirm and Cancel. Render it only while it is
 * open: it remembers the element that had the focus when it opened (the button that opened it) and
 * gives the focus back to it when it closes, if that element is still there and enabled.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const surface = useRef<HTMLDivElement>(null);
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement && document.activeElement !== document.body
      ? document.activeElement
      : null,
  );
  // Runs as the dialog unmounts, while its nodes are still in the document: focus inside it (or
  // lost) goes back to the opener; focus the user put elsewhere stays.
  useLayoutEffect(
    () => () => {
      const active = document.activeElement;
      const lost = !active || active === document.body || isInside(surface, active);
      if (lost && opener?.isConnected && !opener.matches(':disabled')) opener.focus();
    },
    [opener],
  );

  return (
    <ConfirmDialogFrame
      title={props.title}
      modalType={props.modalType ?? 'alert'}
      onDismiss={() => !props.pending && props.onCancel()}
      surfaceRef={surface}
      actions={
        <>
          <Button appearance="primary" disabledFocusable={props.pending} onClick={props.onConfirm}>
            {props.pending ? props.pendingLabel : props.confirmLabel}
          </Button>
          <Button disabled={props.pending} onClick={props.onCancel}>
            Cancel
          </Button>
        </>
      }
    >
      {props.children}
      {props.error ? <ErrorState error={props.error} title={props.errorTitle} /> : null}
    </ConfirmDialogFrame>
  );
}
