import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { AddRegular, DismissRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { parseAddresses } from '@/lib/forms/email-list';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  input: { flexGrow: 1, maxWidth: '420px' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
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
}

/**
 * A recipient list: type one address or paste many, Add; each address validated, duplicates
 * dropped, rows with Remove. What was typed stays in the input when some of it is invalid.
 */
export function EmailListField({ label, hint, value, onChange, disabled, error, emptyText }: EmailListFieldProps) {
  const styles = useStyles();
  const listId = useId();
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<{ text: string; state: 'error' | 'warning' | 'success' } | null>(null);

  const add = () => {
    const parsed = parseAddresses(draft, value);
    if (parsed.added.length > 0) onChange([...value, ...parsed.added]);
    if (parsed.invalid.length > 0) {
      setDraft(parsed.invalid.join(', '));
      setMessage({
        text: `${parsed.invalid.map((a) => `“${a}”`).join(', ')} ${parsed.invalid.length === 1 ? 'isn’t a valid email address' : 'aren’t valid email addresses'}${parsed.added.length ? `; added ${parsed.added.length}` : ''}.`,
        state: 'error',
      });
      return;
    }
    setDraft('');
    if (parsed.duplicates.length > 0) {
      setMessage({ text: `Already in the list: ${parsed.duplicates.join(', ')}.`, state: 'warning' });
    } else setMessage(parsed.added.length ? { text: `Added ${parsed.added.length}.`, state: 'success' } : null);
  };

  const shown = error ? { text: error, state: 'error' as const } : message;
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
            className={styles.input}
            type="text"
            value={draft}
            disabled={disabled}
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
          <Button icon={<AddRegular />} disabled={disabled || !draft.trim()} onClick={add}>
            Add
          </Button>
        </div>
      </Field>
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
                    onClick={() => onChange(value.filter((a) => a !== address))}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
