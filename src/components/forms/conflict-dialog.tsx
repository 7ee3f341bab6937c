import { Button } from '@fluentui/react-components';
import { ConfirmDialogFrame } from '@/components/ui/confirm-dialog-frame';
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
  const wording = conflict ? conflictWording(conflict) : null;
  if (!conflict || !wording) return null;
  return (
    <ConfirmDialogFrame
      title={wording.title}
      onDismiss={onDismiss}
      actions={
        <>
          <Button appearance="primary" onClick={onReloadAndReapply}>
            Reload and reapply my changes
          </Button>
          <Button onClick={onDismiss}>Keep editing</Button>
        </>
      }
    >
      {wording.detail}
    </ConfirmDialogFrame>
  );
}
