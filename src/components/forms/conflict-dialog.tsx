import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';

/** A 412 on save: someone else saved first. The user's edits are kept either way. */
export function ConflictDialog({
  open,
  onReloadAndReapply,
  onDismiss,
}: {
  open: boolean;
  onReloadAndReapply: () => void;
  onDismiss: () => void;
}) {
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_e, data) => !data.open && onDismiss()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Someone else changed these settings</DialogTitle>
          <DialogContent>
            These settings were saved by someone else after you opened the page, so your changes
            weren’t saved. Your edits are still in the form. Reload to get the latest settings with
            your edits applied on top, check them, then save again.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onReloadAndReapply}>
              Reload and reapply my changes
            </Button>
            <Button onClick={onDismiss}>Keep editing</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
