import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { directoryAccountLabel, type DirectoryAccount } from '@/api/contracts/directory-services';
import { describeError } from '@/components/errors/describe-error';
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
  const problem = remove.isError ? describeError(remove.error) : null;
  return (
    <Dialog
      open
      modalType="alert"
      onOpenChange={(_, d) => !d.open && !remove.isPending && onClose()}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Remove {label}?</DialogTitle>
          <DialogContent>
            <p>
              Sensors use this account to read the directory of its forest. If it is the only
              account for that forest, the sensors there stop reading it.
            </p>
            {problem ? (
              <MessageBar intent="error">
                <MessageBarBody>
                  {problem.title}. {problem.detail}
                </MessageBarBody>
              </MessageBar>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={remove.isPending}
              onClick={() => remove.mutate({ id: account.id, etag }, { onSuccess: onClose })}
            >
              {remove.isPending ? 'Removing…' : 'Remove'}
            </Button>
            <Button disabled={remove.isPending} onClick={onClose}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
