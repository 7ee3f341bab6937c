import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useState } from 'react';
import { formatTime } from '@/lib/format';
import type { VersionConflict } from '@/lib/forms/use-versioned-form';

/** What the conflict dialog says: who saved first (you, in another tab, or someone named), when. */
export function conflictWording(conflict: VersionConflict): { title: string; detail: string } {
  const at = conflict.updatedAt ? ` at ${formatTime(conflict.updatedAt)}` : '';
  const after =
    'Your edits are still in the form. Reload to get the latest settings with your edits applied on top, check them, then save again.';
  if (conflict.byYou) {
    return {
      title: `You changed these settings in another tab or window${at}`,
      detail: `What you saved there is newer than the version this page loaded, so the changes here weren’t saved. ${after}`,
    };
  }
  if (conflict.updatedBy) {
    return {
      title: `${conflict.updatedBy} changed these settings${at}`,
      detail: `${conflict.updatedBy} saved these settings after you opened the page, so your changes weren’t saved. ${after}`,
    };
  }
  return {
    title: `These settings were changed after you opened them`,
    detail: `A newer version was saved after you opened the page, so your changes weren’t saved. ${after}`,
  };
}

/** A 412 on save: a newer version was saved first. The user's edits are kept either way. */
export function ConflictDialog({
  conflict,
  onReloadAndReapply,
  onDismiss,
}: {
  conflict: VersionConflict | null;
  onReloadAndReapply: () => void;
  onDismiss: () => void;
}) {
  // The words stay while the dialog closes.
  const [shown, setShown] = useState(conflict);
  if (conflict && conflict !== shown) setShown(conflict);
  const wording = shown ? conflictWording(shown) : null;
  return (
    <Dialog
      open={conflict !== null}
      modalType="alert"
      onOpenChange={(_e, data) => !data.open && onDismiss()}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{wording?.title}</DialogTitle>
          <DialogContent>{wording?.detail}</DialogContent>
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
