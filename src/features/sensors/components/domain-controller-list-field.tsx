import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { AddRegular, DismissRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { parseDomainController } from '../utils/sensor-form';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  input: { flexGrow: 1 },
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
    padding: `2px ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface DomainControllerListFieldProps {
  value: string[];
  onChange: (next: string[]) => void;
  onBlur: () => void;
  disabled: boolean;
  /** An error for the list (required, or from the service). */
  error: string | undefined;
}

/**
 * A standalone sensor's domain controllers: type an FQDN, Add; rows with Remove. An entry that
 * isn't an FQDN stays in the input with the reason beside it.
 */
export function DomainControllerListField({
  value,
  onChange,
  onBlur,
  disabled,
  error,
}: DomainControllerListFieldProps) {
  const styles = useStyles();
  const listId = useId();
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState<string | null>(null);

  const add = () => {
    const parsed = parseDomainController(draft, value);
    if ('error' in parsed) {
      setDraftError(parsed.error);
      return;
    }
    onChange([...value, parsed.fqdn]);
    setDraft('');
    setDraftError(null);
  };

  const message = draftError ?? error;
  return (
    <div>
      <Field
        label="Domain controllers (FQDN)"
        hint="Every domain controller whose traffic is mirrored to this sensor; at least one should be a global catalog."
        required
        validationMessage={message}
        validationState={message ? 'error' : 'none'}
      >
        <div className={styles.row}>
          <Input
            className={styles.input}
            value={draft}
            disabled={disabled}
            placeholder="dc01.contoso.com"
            aria-describedby={listId}
            onBlur={onBlur}
            onChange={(_, d) => {
              setDraft(d.value);
              setDraftError(null);
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
          <Text size={200} className={styles.muted}>
            No domain controllers listed.
          </Text>
        ) : (
          <ul className={styles.list} aria-label="Listed domain controllers">
            {value.map((fqdn) => (
              <li key={fqdn} className={styles.item}>
                <Text>{fqdn}</Text>
                {!disabled && (
                  <Button
                    appearance="subtle"
                    size="small"
                    icon={<DismissRegular />}
                    aria-label={`Remove ${fqdn}`}
                    onClick={() => onChange(value.filter((dc) => dc !== fqdn))}
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
