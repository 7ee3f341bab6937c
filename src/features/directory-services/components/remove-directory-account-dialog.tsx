import { directoryAccountLabel, type DirectoryAccount } from '@/api/contracts/directory-services';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useRemoveDirectoryAccount } from '../api/directory-service-queries';

export function RemoveDirectoryAccountDialog({
  account,
  etag,
  onClose,
}: {
  account: DirectoryAccount;
  etag: string;
  onClose: () => void;
}) {
  const remove = useRemoveDirectoryAccount();
  const label = directoryAccountLabel(account);
  return (
    <ConfirmDialog
      title={`Remove ${label}?`}
      confirmLabel="Remove"
      pendingLabel="Removing…"
      pending={remove.isPending}
      error={remove.error}
      errorTitle={`${label} wasn’t removed`}
      onConfirm={() => remove.mutate({ id: account.id, etag }, { onSuccess: onClose })}
      onCancel={onClose}
    >
      <p>
        Sensors use this account to read the directory of its forest. If it is the only account for
        that forest, the sensors there stop reading it.
      </p>
    </ConfirmDialog>
  );
}
