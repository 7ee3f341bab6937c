import { Combobox, Field, makeStyles, Option, Text, tokens } from '@fluentui/react-components';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import {
  searchResultSchema,
  type EntityKind,
  type SearchFilter,
  type SearchHit,
} from '@/api/contracts/entities';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { shouldRetry } from '@/lib/query-client';
import { EntityIcon } from './entity-icon';

const useStyles = makeStyles({
  option: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  secondary: { color: tokens.colorNeutralForeground3 },
});

const DEBOUNCE_MS = 150;
const LIMIT = 8;

/** The entity search of the header (name, SAM name, UPN), under the entities feature's key. */
const pickerSearch = (q: string, filter: SearchFilter) =>
  queryOptions({
    queryKey: ['entities', 'search', q, filter, 0, LIMIT] as const,
    queryFn: ({ signal }) =>
      http.get(
        `${endpoints.entitySearch}?q=${encodeURIComponent(q)}&filter=${encodeURIComponent(filter)}&limit=${LIMIT}`,
        searchResultSchema,
        { signal },
      ),
    retry: shouldRetry,
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });

const filterFor = (kinds: readonly EntityKind[]): SearchFilter =>
  kinds.length === 1
    ? kinds[0] === 'User'
      ? 'Users'
      : kinds[0] === 'Computer'
        ? 'Computers'
        : 'Groups'
    : 'All';

/**
 * A search box that picks one user, computer or group (by name, SAM name or UPN/DNS name), for
 * forms that refer to entities. Picking calls `onPick` and empties the box for the next one.
 */
export function EntityPicker({
  label,
  kinds,
  onPick,
  placeholder = 'user1 or JOHN-PC',
  disabled,
  exclude,
  hint,
  validationMessage,
}: {
  label: string;
  kinds: readonly EntityKind[];
  onPick: (hit: SearchHit) => void;
  placeholder?: string;
  disabled?: boolean;
  /** Ids already chosen: not offered again. */
  exclude?: ReadonlySet<string>;
  hint?: string;
  validationMessage?: string;
}) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const search = useQuery({ ...pickerSearch(q, filterFor(kinds)), enabled: q.length > 0 });
  const hits = (search.data?.items ?? []).filter(
    (h) => kinds.includes(h.kind) && !exclude?.has(h.id),
  );
  const searching = q.length > 0 && (search.isFetching || q !== text.trim());

  return (
    <Field
      label={label}
      hint={hint}
      validationMessage={validationMessage}
      validationState={validationMessage ? 'error' : 'none'}
    >
      <Combobox
        freeform
        disabled={disabled}
        placeholder={placeholder}
        value={text}
        selectedOptions={[]}
        open={open && text.trim().length > 0}
        onOpenChange={(_, data) => setOpen(data.open)}
        onInput={(event) => {
          setText((event.target as HTMLInputElement).value);
          setOpen(true);
        }}
        onOptionSelect={(_, data) => {
          const hit = hits.find((h) => h.id === data.optionValue);
          if (hit) onPick(hit);
          setText('');
          setQ('');
          setOpen(false);
        }}
      >
        {q.length === 0 ? null : hits.length === 0 ? (
          <Option disabled value="" text="">
            {searching ? 'Searching…' : `Nothing found for “${q}”`}
          </Option>
        ) : (
          hits.map((hit) => (
            <Option key={hit.id} value={hit.id} text={hit.name}>
              <span className={styles.option}>
                <EntityIcon entity={hit} />
                <span className={styles.text}>
                  <Text dir="auto" truncate wrap={false}>
                    {hit.name}
                  </Text>
                  <Text size={200} className={styles.secondary} dir="auto" truncate wrap={false}>
                    {hit.secondary}
                  </Text>
                </span>
              </span>
            </Option>
          ))
        )}
      </Combobox>
    </Field>
  );
}
