import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { FilterDismissRegular } from '@fluentui/react-icons';
import type { AuditList } from '@/api/contracts/audit';
import { hasAuditFilters, noAuditFilters, type AuditFilters } from '../utils/audit-filters';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalL,
    marginBottom: tokens.spacingVerticalL,
  },
  select: { minWidth: '220px' },
  date: { width: '170px' },
  clear: { marginTop: '26px' },
});

export interface AuditFilterBarProps {
  filters: AuditFilters;
  /** Options; null while the first answer loads. */
  options: Pick<AuditList, 'pages' | 'actors'> | null;
  /** Field errors of the filters (e.g. an end date before the start date). */
  errors: Partial<Record<'from' | 'to', string>>;
  onChange: (change: Partial<AuditFilters>) => void;
}

/** Page, person and date-range filters of the audit log; every change goes to the URL. */
export function AuditFilterBar({ filters, options, errors, onChange }: AuditFilterBarProps) {
  const styles = useStyles();
  // The current value stays selectable even before (or without) entries that use it.
  const pages = [
    ...new Set([...(options?.pages ?? []), ...(filters.page ? [filters.page] : [])]),
  ].sort();
  const actors = options?.actors ?? [];
  const actorKnown = !filters.actor || actors.some((a) => a.id === filters.actor);
  return (
    <div role="search" aria-label="Filter the audit log" className={styles.root}>
      <Field label="Page">
        <Select
          className={styles.select}
          value={filters.page ?? ''}
          onChange={(_, d) => onChange({ page: d.value || null })}
        >
          <option value="">All pages</option>
          {pages.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Person">
        <Select
          className={styles.select}
          value={filters.actor ?? ''}
          onChange={(_, d) => onChange({ actor: d.value || null })}
        >
          <option value="">Everyone</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.displayName}
            </option>
          ))}
          {!actorKnown && filters.actor ? (
            <option value={filters.actor}>Someone else</option>
          ) : null}
        </Select>
      </Field>
      <Field
        label="From"
        hint="Date in UTC"
        validationMessage={errors.from}
        validationState={errors.from ? 'error' : 'none'}
      >
        <Input
          type="date"
          className={styles.date}
          value={filters.from ?? ''}
          onChange={(_, d) => onChange({ from: d.value || null })}
        />
      </Field>
      <Field
        label="To"
        hint="Date in UTC, inclusive"
        validationMessage={errors.to}
        validationState={errors.to ? 'error' : 'none'}
      >
        <Input
          type="date"
          className={styles.date}
          value={filters.to ?? ''}
          onChange={(_, d) => onChange({ to: d.value || null })}
        />
      </Field>
      <Button
        className={styles.clear}
        icon={<FilterDismissRegular />}
        disabled={!hasAuditFilters(filters)}
        onClick={() => onChange(noAuditFilters)}
      >
        Clear filters
      </Button>
    </div>
  );
}
