import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Textarea,
} from '@fluentui/react-components';
import { useState } from 'react';
import { isApiError } from '@/api/errors';
import { ErrorState } from '@/components/errors/error-state';

export interface SuppressDialogProps {
  open: boolean;
  title: string;
  pending: boolean;
  error: unknown;
  onSuppress: (reason: string) => void;
  onCancel: () => void;
}

/** Suppress asks why: the reason is required and kept with the issue. */
export function SuppressDialog({
  open,
  title,
  pending,
  error,
  onSuppress,
  onCancel,
}: SuppressDialogProps) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const serverMessage = isApiError(error) ? error.fieldErrors.reason?.join(' ') : undefined;
  const message = missing ? 'Say why you suppress this issue' : serverMessage;
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason.trim()) return setMissing(true);
            onSuppress(reason.trim());
          }}
        >
          <DialogBody>
            <DialogTitle>Suppress “{title}”?</DialogTitle>
            <DialogContent>
              <p>
                A suppressed issue leaves the open list. If its condition comes back later, it opens
                again.
              </p>
              <Field
                label="Reason"
                required
                validationMessage={message}
                validationState={message ? 'error' : 'none'}
              >
                <Textarea
                  value={reason}
                  resize="vertical"
                  placeholder="For example: server being decommissioned this week"
                  onChange={(_, data) => {
                    setReason(data.value);
                    setMissing(false);
                  }}
                />
              </Field>
              {error && !serverMessage ? (
                <ErrorState error={error} title="The issue wasn’t suppressed" />
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={pending}>
                {pending ? 'Suppressing…' : 'Suppress'}
              </Button>
              <Button onClick={onCancel}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
