import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  tokens,
} from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { DirectoryAccount } from '@/api/contracts/directory-services';
import { isApiError } from '@/api/errors';
import { describeError } from '@/components/errors/describe-error';
import { applyServerFieldErrors } from '@/lib/forms/server-errors';
import {
  directoryServiceQueries,
  useAddDirectoryAccount,
  useUpdateDirectoryAccount,
} from '../api/directory-service-queries';
import {
  directoryAccountFields,
  directoryAccountFormSchema,
  toInput,
  toValues,
  type DirectoryAccountFormValues,
} from '../utils/directory-account-form';
import { PasswordField } from './password-field';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Add a directory service account, or edit one (`account`). Stays open with the values on errors. */
export function DirectoryAccountDialog({
  account,
  etag,
  onClose,
}: {
  account: DirectoryAccount | null;
  etag: string;
  onClose: () => void;
}) {
  const styles = useStyles();
  const queryClient = useQueryClient();
  const add = useAddDirectoryAccount();
  const update = useUpdateDirectoryAccount();
  const [formError, setFormError] = useState<unknown>(null);
  const form = useForm<DirectoryAccountFormValues>({
    resolver: zodResolver(directoryAccountFormSchema),
    defaultValues: toValues(account),
  });
  const kind = useWatch({ control: form.control, name: 'kind' });
  const saving = add.isPending || update.isPending;

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const input = toInput(values);
    try {
      if (account) await update.mutateAsync({ id: account.id, input, etag });
      else await add.mutateAsync({ input, etag });
      onClose();
    } catch (error) {
      const unmatched = applyServerFieldErrors(error, form.setError, directoryAccountFields);
      if (
        !isApiError(error) ||
        Object.keys(error.fieldErrors).length === 0 ||
        unmatched.length > 0
      ) {
        setFormError(error);
      }
    }
  });

  const problem = formError ? describeError(formError) : null;
  const conflict = isApiError(formError) && formError.status === 412;
  const title = account
    ? `Edit ${account.domain}\\${account.accountName}`
    : 'Add directory service account';
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && !saving && onClose()}>
      <DialogSurface>
        <form aria-label={title} noValidate onSubmit={(e) => void submit(e)}>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.fields}>
              {problem ? (
                <MessageBar intent={conflict ? 'warning' : 'error'} layout="multiline">
                  <MessageBarBody>
                    <MessageBarTitle>{problem.title}</MessageBarTitle>
                    {problem.detail}
                  </MessageBarBody>
                  {conflict ? (
                    <MessageBarActions>
                      <Button
                        onClick={() => {
                          setFormError(null);
                          void queryClient.invalidateQueries({
                            queryKey: directoryServiceQueries.all(),
                          });
                        }}
                      >
                        Use the latest list
                      </Button>
                    </MessageBarActions>
                  ) : null}
                </MessageBar>
              ) : null}
              <Controller
                name="kind"
                control={form.control}
                render={({ field }) => (
                  <Field label="Account type">
                    <RadioGroup
                      ref={field.ref}
                      layout="horizontal"
                      value={field.value}
                      onChange={(_, d) => field.onChange(d.value)}
                    >
                      <Radio value="Standard account" label="Standard account" />
                      <Radio value="gMSA" label="Group managed service account (gMSA)" />
                    </RadioGroup>
                  </Field>
                )}
              />
              <Controller
                name="accountName"
                control={form.control}
                render={({ field, fieldState }) => (
                  <Field
                    label="Account name"
                    required
                    hint={
                      kind === 'gMSA'
                        ? 'Ends with $, such as svc-vigil$. Not user@domain.'
                        : 'Such as svc-vigil. Not user@domain.'
                    }
                    validationMessage={fieldState.error?.message}
                  >
                    <Input
                      {...field}
                      onChange={(_, d) => field.onChange(d.value)}
                      autoComplete="off"
                    />
                  </Field>
                )}
              />
              <Controller
                name="domain"
                control={form.control}
                render={({ field, fieldState }) => (
                  <Field
                    label="Domain"
                    required
                    hint="Full name of the domain where the account lives, such as corp.contoso.com."
                    validationMessage={fieldState.error?.message}
                  >
                    <Input
                      {...field}
                      onChange={(_, d) => field.onChange(d.value)}
                      autoComplete="off"
                    />
                  </Field>
                )}
              />
              {kind === 'Standard account' ? (
                <PasswordField control={form.control} secret={account?.password ?? null} />
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={saving}>
                {saving ? 'Saving…' : account ? 'Save' : 'Add'}
              </Button>
              <Button disabled={saving} onClick={onClose}>
                Cancel
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
