import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { AddRegular, DismissRegular } from '@fluentui/react-icons';
import { useId, useRef, useState } from 'react';
import {
  describeAddOutcome,
  fitToLimit,
  parseAddresses,
  type AddMessage,
} from '@/lib/forms/email-list';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  input: { flexGrow: 1, maxWidth: '420px' },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    maxWidth: '480px',
    padding: `2px ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  empty: { color: tokens.colorNeutralForeground3 },
  readOnly: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export interface EmailListFieldProps {
  label: string;
  hint?: string | undefined;
  value: string[];
  onChange: (next: string[]) => void;
  disabled?: boolean | undefined;
  /** An error for the list itself (e.g. from the backend or a "required" rule). */
  error?: string | undefined;
  emptyText?: string | undefined;
  /** Most addresses the list may hold; what doesn't fit stays in the input. */
  max?: number | undefined;
}

/**
 * A recipient list: type one address or paste many, Add; each address validated, duplicates
 * dropped (case-insensitive), rows with Remove. What was typed stays in the input when some of it
 * is invalid or doesn't fit.
 */
export function EmailListField({
  label,
  hint,
  value,
  onChange,
  disabled,
  error,
  emptyText,
  max,
}: EmailListFieldProps) {
  const styles = useStyles();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<AddMessage | null>(null);

  const add = () => {
    const outcome = fitToLimit(parseAddresses(draft, value), value.length, max);
    if (outcome.added.length > 0) onChange([...value, ...outcome.added]);
    setDraft([...outcome.invalid, ...outcome.overflow].join(', '));
    setMessage(describeAddOutcome(outcome, max));
  };

  const remove = (address: string) => {
    onChange(value.filter((a) => a !== address));
    setMessage(null);
    inputRef.current?.focus();
  };

  // A problem with what was just typed comes first; then the list's own error; then the last note.
  const shown =
    message?.state === 'error'
      ? message
      : error
        ? { text: error, state: 'error' as const }
        : message;
  const list = (
    <div id={listId}>
      {value.length === 0 ? (
        <Text size={200} className={styles.empty}>
          {emptyText ?? 'No recipients.'}
        </Text>
      ) : (
        <ul className={styles.list} aria-label={`${label}: recipients`}>
          {value.map((address) => (
            <li key={address} className={styles.item}>
              <Text>{address}</Text>
              {!disabled && (
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<DismissRegular />}
                  aria-label={`Remove ${address}`}
                  onClick={() => remove(address)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  // Read-only: the list under its label, without an input that can't be used.
  if (disabled) {
    return (
      <div className={styles.readOnly}>
        <Text>{label}</Text>
        {list}
      </div>
    );
  }
  return (
    <div>
      <Field
        label={label}
        hint={hint}
        validationMessage={shown?.text}
        validationState={shown?.state ?? 'none'}
      >
        <div className={styles.row}>
          <Input
            ref={inputRef}
            className={styles.input}
            type="text"
            value={draft}
            placeholder="user@contoso.com — or paste several"
            aria-describedby={listId}
            onChange={(_, d) => {
              setDraft(d.value);
              setMessage(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <Button icon={<AddRegular />} disabled={!draft.trim()} onClick={add}>
            Add
          </Button>
        </div>
      </Field>
      {list}
    </div>
  );
}
