import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { KeyRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { Controller, type Control } from 'react-hook-form';
import type { SecretState } from '@/api/contracts/config';
import { formatDateTime } from '@/lib/format';
import type { DirectoryAccountFormValues } from '../utils/directory-account-form';

const useStyles = makeStyles({
  state: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

export function passwordStateText(secret: SecretState) {
  if (!secret.isSet) return 'Password: not set';
  return secret.updatedAt
    ? `Password: set (changed ${formatDateTime(secret.updatedAt)})`
    : 'Password: set';
}

/**
 * The write-only password. A stored one shows as "Password: set" with **Change**, which opens an
 * input for a new one; otherwise the input shows at once.
 */
export function PasswordField({
  control,
  secret,
}: {
  control: Control<DirectoryAccountFormValues>;
  secret: SecretState | null;
}) {
  const styles = useStyles();
  const [changing, setChanging] = useState(false);
  const stored = secret?.isSet ?? false;
  return (
    <>
      {stored ? (
        <div className={styles.state}>
          <KeyRegular aria-hidden />
          <Text weight="semibold">
            {passwordStateText(secret ?? { isSet: false, updatedAt: null })}
          </Text>
          {!changing ? (
            <Button aria-label="Change password" onClick={() => setChanging(true)}>
              Change
            </Button>
          ) : null}
        </div>
      ) : null}
      {!stored || changing ? (
        <Controller
          name="password"
          control={control}
          render={({ field, fieldState }) => (
            <Field
              label={stored ? 'New password' : 'Password'}
              required={!stored}
              hint="It can’t be shown again after you save."
              validationMessage={fieldState.error?.message}
            >
              <Input
                {...field}
                type="password"
                autoComplete="new-password"
                autoFocus={changing}
                onChange={(_, d) => field.onChange(d.value)}
              />
            </Field>
          )}
        />
      ) : null}
    </>
  );
}
