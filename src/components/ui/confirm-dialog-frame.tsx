import {
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode, Ref } from 'react';

const useStyles = makeStyles({
  // Paragraphs and an error, spaced by the gap alone.
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    '& p': { margin: 0 },
  },
});

export interface ConfirmDialogFrameProps {
  /** The question or the news, e.g. "Delete DC01?". */
  title: string;
  children: ReactNode;
  /** The buttons, the one the user most likely wants first (primary). */
  actions: ReactNode;
  /** Escape or a click outside (modal only). */
  onDismiss: () => void;
  /** `alert` (`alertdialog`) when the user must answer; `modal` otherwise. */
  modalType?: 'alert' | 'modal';
  surfaceRef?: Ref<HTMLDivElement>;
}

/**
 * An open dialog that asks one thing: title, a few paragraphs, the answers. The frame of
 * `ConfirmDialog`, the save-conflict and the unsaved-changes dialogs; render it only while open.
 */
export function ConfirmDialogFrame({
  title,
  children,
  actions,
  onDismiss,
  modalType = 'alert',
  surfaceRef,
}: ConfirmDialogFrameProps) {
  const styles = useStyles();
  return (
    <Dialog open modalType={modalType} onOpenChange={(_, data) => !data.open && onDismiss()}>
      <DialogSurface ref={surfaceRef}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>{children}</DialogContent>
          <DialogActions fluid>{actions}</DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
