import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { AlertsDeleted, AlertSummary } from '@/api/contracts/alerts';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';

/**
 * Delete, in one dialog: first the alert (for good), then the offer to delete every alert of the
 * same detection (catalog §4.2). Cancel at the second step keeps the others.
 */
export default function DeleteAlertDialog({
  alert,
  deleteOne,
  deleteType,
  onDeleted,
  onDeletedType,
  onClose,
}: {
  alert: AlertSummary;
  deleteOne: UseMutationResult<unknown, Error, string>;
  deleteType: UseMutationResult<AlertsDeleted, Error, string>;
  onDeleted: (alert: AlertSummary) => void;
  onDeletedType: (alert: AlertSummary, deleted: number) => void;
  onClose: () => void;
}) {
  const [step, setStep] = useState<'one' | 'type'>('one');
  if (step === 'one') {
    return (
      <ConfirmDialog
        title="Delete this alert?"
        confirmLabel="Delete"
        pendingLabel="Deleting…"
        pending={deleteOne.isPending}
        error={deleteOne.error}
        errorTitle="The alert wasn’t deleted"
        onConfirm={() =>
          deleteOne.mutate(alert.id, {
            onSuccess: () => {
              onDeleted(alert);
              setStep('type');
            },
          })
        }
        onCancel={onClose}
      >
        {`“${alert.title}” will be removed for good: deleted alerts can’t be restored.`}
      </ConfirmDialog>
    );
  }
  return (
    <ConfirmDialog
      title={`Delete all “${alert.title}” alerts?`}
      confirmLabel="Delete all"
      pendingLabel="Deleting…"
      pending={deleteType.isPending}
      error={deleteType.error}
      errorTitle="The alerts weren’t deleted"
      onConfirm={() =>
        deleteType.mutate(alert.detectionId, {
          onSuccess: ({ deleted }) => {
            onDeletedType(alert, deleted);
            onClose();
          },
        })
      }
      onCancel={onClose}
    >
      {`The alert was deleted. Delete every other alert of this type (detection ${alert.detectionId}) too? They can’t be restored. Cancel keeps them.`}
    </ConfirmDialog>
  );
}
