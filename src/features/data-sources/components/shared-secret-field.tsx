import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { KeyRegular } from '@fluentui/react-icons';
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Controller, useWatch, type Control } from 'react-hook-form';
import type { SecretState } from '@/api/contracts/config';
import { SHARED_SECRET_MAX, SHARED_SECRET_MIN } from '@/api/contracts/vpn';
import { formatDateTime } from '@/lib/format';
import type { VpnFormValues } from '../utils/vpn-form';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  state: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
  editor: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    maxWidth: '640px',
  },
  input: { flexGrow: 1 },
  // Level with the input: below the field's label (one line of body text and the field's gap).
  cancel: { marginTop: `calc(${tokens.lineHeightBase300} + ${tokens.spacingVerticalXXS})` },
});

export function secretStateText(secret: SecretState) {
  if (!secret.isSet) return 'Shared secret: not set';
  return secret.updatedAt
    ? `Shared secret: set (changed ${formatDateTime(secret.updatedAt)})`
    : 'Shared secret: set';
}

export interface SharedSecretFieldProps {
  control: Control<VpnFormValues, unknown, VpnFormValues>;
  secret: SecretState;
  canEdit: boolean;
  /** Puts the field back to "keep the stored secret". */
  onClear: () => void;
}

/**
 * The write-only RADIUS shared secret. The service only says whether it is set and when it was
 * changed; **Change** reveals a password input for a new one, **Cancel** hides it and keeps the
 * stored secret. Rendered with the settings' version as key, so a save closes it.
 */
export function SharedSecretField({ control, secret, canEdit, onClear }: SharedSecretFieldProps) {
  const styles = useStyles();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const changeButton = useRef<HTMLButtonElement>(null);
  const radiusEnabled = useWatch({ control, name: 'radiusEnabled' });
  const showInput = canEdit && (!secret.isSet || editing);

  const cancel = () => {
    onClear();
    flushSync(() => setEditing(false));
    changeButton.current?.focus();
  };

  return (
    <div role="group" aria-labelledby={headingId} className={styles.root}>
      <div className={styles.state}>
        <KeyRegular aria-hidden />
        <Text id={headingId} weight="semibold">
          {secretStateText(secret)}
        </Text>
        {canEdit && secret.isSet && !editing ? (
          <Button
            ref={changeButton}
            aria-label="Change shared secret"
            onClick={() => setEditing(true)}
          >
            Change
          </Button>
        ) : null}
      </div>
      {showInput ? (
        <Controller
          name="sharedSecret"
          control={control}
          render={({ field, fieldState }) => (
            <div className={styles.editor}>
              <Field
                className={styles.input}
                label={secret.isSet ? 'New shared secret' : 'Shared secret'}
                required={radiusEnabled && !secret.isSet}
                hint={`The same secret as in your VPN server’s RADIUS settings: ${SHARED_SECRET_MIN}–${SHARED_SECRET_MAX} letters and digits. It can’t be shown again after you save.`}
                validationMessage={fieldState.error?.message}
              >
                <Input
                  ref={field.ref}
                  type="password"
                  autoComplete="new-password"
                  // Only ever shown after a click on Change (or when no secret exists yet).
                  autoFocus={editing}
                  name={field.name}
                  value={field.value}
                  disabled={field.disabled}
                  onChange={(_, d) => field.onChange(d.value)}
                  onBlur={field.onBlur}
                />
              </Field>
              {secret.isSet ? (
                <Button className={styles.cancel} onClick={cancel}>
                  Cancel
                </Button>
              ) : null}
            </div>
          )}
        />
      ) : null}
    </div>
  );
}
