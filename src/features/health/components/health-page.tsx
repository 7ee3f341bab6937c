import {
  Field,
  makeStyles,
  Select,
  Skeleton,
  SkeletonItem,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { healthIssueStatusSchema, healthScopeSchema } from '@/api/contracts/health';
import { severitySchema } from '@/api/contracts/vocabulary';
import { ErrorState } from '@/components/errors/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { usePermissions } from '@/lib/auth/use-permissions';
import { useSearchParamState, type SetSearchParamsOptions } from '@/lib/url-state';
import { healthQueries } from '../api/health-queries';
import {
  clearedHealthFilters,
  filterHealthIssues,
  hasActiveHealthFilters,
  parseHealthView,
  serializeHealthView,
  type HealthView,
} from '../utils/health-view';
import { HealthEmptyState } from './health-empty-state';
import { HealthIssueDetails } from './health-issue-details';
import { HealthIssueTable } from './health-issue-table';
import { StatusTabs } from './status-tabs';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  filters: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
    flexWrap: 'wrap',
  },
  select: { minWidth: '160px' },
  // As tall as the selects beside it, text centred: on the selects' line, not below it.
  count: { minHeight: '32px', display: 'flex', alignItems: 'center' },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(360px, 2fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  hint: { color: tokens.colorNeutralForeground2, padding: tokens.spacingHorizontalL },
});

const ALL = 'all';

/** The Health Center: the service's health issues by status, what each means and how to fix it. */
export function HealthPage() {
  const styles = useStyles();
  const { can } = usePermissions();
  const query = useQuery({ ...healthQueries.list(), refetchInterval: 60_000, retryOnMount: false });
  const [params, setParams] = useSearchParamState();
  const view = useMemo(() => parseHealthView(params), [params]);
  const change = useCallback(
    (next: Partial<HealthView>, options?: SetSearchParamsOptions) =>
      setParams(serializeHealthView(next), options),
    [setParams],
  );
  const rows = useMemo(() => filterHealthIssues(query.data?.items ?? [], view), [query.data, view]);

  const header = (
    <PageHeader
      title="Health Center"
      description="Problems that keep the service from monitoring your environment fully, what they mean and how to fix them."
    />
  );
  if (!query.data) {
    return (
      <div className={styles.root}>
        {header}
        {query.isError && !query.isFetching ? (
          <ErrorState
            error={query.error}
            title="Health issues couldn’t load"
            onRetry={() => void query.refetch()}
          />
        ) : (
          <Skeleton aria-label="Loading health issues">
            <SkeletonItem size={40} />
            <SkeletonItem size={40} />
            <SkeletonItem size={40} />
          </Skeleton>
        )}
      </div>
    );
  }

  const { counts, asOf, items } = query.data;
  const selected = view.issue ? (items.find((i) => i.id === view.issue) ?? null) : null;
  const empty = (
    <HealthEmptyState
      status={view.status}
      inTab={counts[view.status]}
      filtered={hasActiveHealthFilters(view)}
      onClearFilters={() => change(clearedHealthFilters)}
    />
  );
  return (
    <div className={styles.root}>
      {header}
      <StatusTabs
        statuses={healthIssueStatusSchema.options}
        selected={view.status}
        label="Health issue status"
        counts={counts}
        onSelect={(status) => change({ status })}
      />
      <div className={styles.filters} role="search" aria-label="Filter health issues">
        <Field label="Scope">
          <Select
            className={styles.select}
            value={view.scope ?? ALL}
            onChange={(_, d) =>
              change({ scope: healthScopeSchema.safeParse(d.value).data ?? null })
            }
          >
            <option value={ALL}>All scopes</option>
            {healthScopeSchema.options.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Severity">
          <Select
            className={styles.select}
            value={view.severity ?? ALL}
            onChange={(_, d) =>
              change({ severity: severitySchema.safeParse(d.value).data ?? null })
            }
          >
            <option value={ALL}>All severities</option>
            {severitySchema.options.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
        <Text
          role="status"
          className={styles.count}
        >{`Showing ${rows.length} of ${counts[view.status]} ${view.status.toLowerCase()} ${counts[view.status] === 1 ? 'issue' : 'issues'}`}</Text>
      </div>
      {rows.length === 0 && !selected ? (
        // Nothing listed, nothing picked: no "Select an issue" panel beside an empty list.
        empty
      ) : (
        <div className={styles.columns}>
          {rows.length === 0 ? (
            empty
          ) : (
            <HealthIssueTable
              issues={rows}
              selectedId={view.issue}
              asOf={asOf}
              caption={`${view.status} health issues`}
              onSelect={(id) => change({ issue: id }, { history: 'push' })}
            />
          )}
          {selected ? (
            <HealthIssueDetails
              key={selected.id}
              issue={selected}
              canChange={can('health.changeStatus')}
              onStatusChanged={(status) => change({ status, issue: selected.id })}
            />
          ) : (
            <Text className={styles.hint}>
              {view.issue
                ? 'This health issue no longer exists.'
                : 'Select an issue to see what it means and how to fix it.'}
            </Text>
          )}
        </div>
      )}
    </div>
  );
}
