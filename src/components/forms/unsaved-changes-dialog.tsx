import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { Blocker } from 'react-router';

/** Shown when a navigation would lose unsaved changes. */
export function UnsavedChangesDialog({ blocker }: { blocker: Blocker }) {
  if (blocker.state !== 'blocked') return null;
  return (
    <Dialog open modalType="alert" onOpenChange={(_e, data) => !data.open && blocker.reset()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Leave without saving?</DialogTitle>
          <DialogContent>
            You have changes on this page that aren’t saved. If you leave now, they’re lost.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => blocker.reset()}>
              Stay on this page
            </Button>
            <Button onClick={() => blocker.proceed()}>Leave and discard changes</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
