import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { ExclusionKind } from '@/api/contracts/alerts';
import { csvCell } from '@/api/contracts/exclusion-csv';
import { normalizeExclusionValue } from '@/api/contracts/exclusion-values';
import type { ExclusionDraft } from '@/api/contracts/exclusions';
import { describeError } from '@/components/errors/error-state';
import { parseExclusions } from '../api/exclusion-queries';
import type { Section } from '../utils/sections';
import { expiryToIso } from '../utils/expiry';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns:
      'minmax(190px, 220px) minmax(220px, 2fr) minmax(200px, 1fr) minmax(200px, 2fr) auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  button: { marginTop: '26px' },
});

export const placeholders: Record<ExclusionKind, string> = {
  'IP address': '157.54.208.0/24 or 3FFE:FFFF:0:C000::/64',
  Computer: 'JOHN-PC',
  User: 'user1 or john@contoso.com',
  Domain: 'contoso.com',
};

export const kindLabels: Record<ExclusionKind, string> = {
  'IP address': 'IP addresses and subnets',
  Computer: 'Computers',
  User: 'Users',
  Domain: 'Domains',
};

/**
 * Adds one entry to a list: kind, value, optional expiry (UTC) and note. The value's form is
 * checked here; whether the user or computer exists is checked by the service before it is added.
 */
export function AddExclusion({
  section,
  onAdd,
}: {
  section: Section;
  onAdd: (drafts: ExclusionDraft[]) => void;
}) {
  const styles = useStyles();
  const id = useId();
  const [kind, setKind] = useState<ExclusionKind>(section.kinds[0]!);
  const [value, setValue] = useState('');
  const [expiry, setExpiry] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [checking, setChecking] = useState(false);

  const add = async () => {
    const normal = normalizeExclusionValue(kind, value);
    if ('error' in normal) return setError({ field: 'value', message: normal.error });
    setChecking(true);
    try {
      const line = [kind, value, expiryToIso(expiry) ?? '', note].map(csvCell).join(',');
      const result = await parseExclusions({
        detectionId: section.detectionId,
        text: `kind,value,expiresAt,note\n${line}`,
      });
      const problem = result.errors[0];
      if (problem) return setError({ field: problem.field, message: problem.message });
      if (result.entries.length === 0)
        return setError({ field: 'value', message: 'This entry is already in the list' });
      onAdd(result.entries.map(({ entity: _entity, ...draft }) => draft));
      setValue('');
      setNote('');
      setExpiry('');
      setError(null);
    } catch (cause) {
      setError({ field: 'value', message: describeError(cause).title });
    } finally {
      setChecking(false);
    }
  };

  const at = (field: string) => (error?.field === field ? error.message : undefined);
  return (
    <div
      className={styles.row}
      role="group"
      aria-label={`Add to ${section.title}`}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') {
          event.preventDefault();
          void add();
        }
      }}
    >
      <Field label="Kind" validationMessage={at('kind')}>
        <Select
          value={kind}
          disabled={section.kinds.length < 2}
          onChange={(_, data) => setKind(data.value as ExclusionKind)}
        >
          {section.kinds.map((k) => (
            <option key={k} value={k}>
              {kindLabels[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Value" validationMessage={at('value')}>
        <Input
          id={`${id}-value`}
          value={value}
          placeholder={placeholders[kind]}
          onChange={(_, data) => setValue(data.value)}
        />
      </Field>
      <Field label="Expires (UTC, optional)" validationMessage={at('expiresAt')}>
        <Input type="datetime-local" value={expiry} onChange={(_, data) => setExpiry(data.value)} />
      </Field>
      <Field label="Note (optional)" validationMessage={at('note')}>
        <Input
          value={note}
          placeholder="Why, e.g. vulnerability scanner"
          onChange={(_, data) => setNote(data.value)}
        />
      </Field>
      <Button
        className={styles.button}
        icon={<AddRegular />}
        disabled={checking || !value.trim()}
        onClick={() => void add()}
      >
        {checking ? 'Checking…' : 'Add'}
      </Button>
    </div>
  );
}
