import { Button, Input, Label, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, CalendarRegular, FilterRegular } from '@fluentui/react-icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useId, useMemo, useState } from 'react';
import type { EntityProfile } from '@/api/contracts/entities';
import { entityPath } from '@/components/domain/entity-path';
import { ErrorState } from '@/components/errors/error-state';
import { EmptyState } from '@/components/ui/empty-state';
import { useSearchParamState } from '@/lib/url-state';
import { activityQuery } from '../api/activity-queries';
import { parseTypes, withDaySeparators } from '../utils/activity-view';
import { ActivityList } from './activity-list';
import { ActivitySummaryTiles } from './activity-summary-tiles';

// Dialogs open on a click: loaded then.
const ActivityFilterDialog = lazy(() => import('./activity-filter-dialog'));
const DownloadActivitiesDialog = lazy(() => import('./download-activities-dialog'));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    flexGrow: 1,
    minHeight: 0,
  },
  toolbar: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexShrink: 0,
    flexWrap: 'wrap',
  },
  goTo: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  spacer: { flexGrow: 1 },
  note: { color: tokens.colorNeutralForeground2 },
  skeleton: { flexGrow: 1, minHeight: '320px' },
});

/** "2026-11-20" (a date input's value) → the instant the list starts before: the end of that day (UTC). */
export function endOfDay(date: string): string | undefined {
  const start = Date.parse(`${date}T00:00:00.000Z`);
  return Number.isNaN(start) ? undefined : new Date(start + 86_400_000).toISOString();
}

/**
 * The Activities tab (catalog §8.2): summary tiles, Go to a date, Filter by type, Download, and
 * the endless list paged by the server. Filter and date live in the URL (`types`, `from`).
 */
export function ActivitiesTab({ profile }: { profile: EntityProfile }) {
  const styles = useStyles();
  const goToId = useId();
  const [params, setParams] = useSearchParamState();
  const types = useMemo(() => parseTypes(params.get('types')), [params]);
  const from = params.get('from') ?? '';
  const [dialog, setDialog] = useState<'filter' | 'download' | null>(null);
  const [goTo, setGoTo] = useState(from);
  const query = useInfiniteQuery(activityQuery(profile.id, types, endOfDay(from)));
  const pages = query.data?.pages;
  const asOf = pages?.[0]?.asOf;
  const rows = useMemo(
    () =>
      pages && asOf
        ? withDaySeparators(
            pages.flatMap((p) => p.items),
            asOf,
            pages.flatMap((p) => p.alerts),
          )
        : [],
    [pages, asOf],
  );
  const { fetchNextPage } = query;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const filtered = types.length > 0;

  return (
    <div className={styles.root}>
      <ActivitySummaryTiles profile={profile} basePath={entityPath(profile, 'activities')} />
      <div className={styles.toolbar}>
        <form
          className={styles.goTo}
          onSubmit={(event) => {
            event.preventDefault();
            setParams({ from: goTo }, { history: 'push' });
          }}
        >
          <Label htmlFor={goToId}>Go to</Label>
          <Input
            id={goToId}
            type="date"
            size="small"
            contentBefore={<CalendarRegular aria-hidden />}
            value={goTo}
            onChange={(_, data) => setGoTo(data.value)}
          />
          <Button size="small" type="submit">
            Go
          </Button>
          {from && (
            <Button
              size="small"
              appearance="subtle"
              onClick={() => {
                setGoTo('');
                setParams({ from: null });
              }}
            >
              Back to latest
            </Button>
          )}
        </form>
        <Button size="small" icon={<FilterRegular />} onClick={() => setDialog('filter')}>
          {filtered ? `Filter by (${types.length})` : 'Filter by'}
        </Button>
        {filtered && (
          <Button size="small" appearance="subtle" onClick={() => setParams({ types: null })}>
            Clear filter
          </Button>
        )}
        <span className={styles.spacer} />
        <Button size="small" icon={<ArrowDownloadRegular />} onClick={() => setDialog('download')}>
          Download activities
        </Button>
      </div>
      {query.isError && !pages ? (
        <ErrorState
          error={query.error}
          onRetry={() => void query.refetch()}
          title="Activities could not be loaded"
        />
      ) : !pages ? (
        <div className={styles.skeleton} role="status" aria-label="Loading activities" />
      ) : rows.length === 0 ? (
        <EmptyState
          icon={<CalendarRegular />}
          title={filtered || from ? 'No activities match' : 'No activities in the last 180 days'}
        >
          {filtered || from
            ? 'Nothing of the chosen types happened in this period. Clear the filter or pick another date.'
            : 'The sensors saw nothing of this entity in the history the service keeps.'}
        </EmptyState>
      ) : (
        <ActivityList
          rows={rows}
          hasMore={query.hasNextPage}
          loadingMore={query.isFetchingNextPage}
          onLoadMore={loadMore}
          historyEnd="That is all: the service keeps 180 days of activities."
        />
      )}
      {query.isError && pages && (
        <Text className={styles.note} role="alert">
          Older activities could not be loaded.{' '}
          <Button size="small" onClick={loadMore}>
            Retry
          </Button>
        </Text>
      )}
      <Suspense fallback={null}>
        {dialog === 'filter' && (
          <ActivityFilterDialog
            selected={types}
            onApply={(next) => {
              setParams({ types: next.join(',') });
              setDialog(null);
            }}
            onClose={() => setDialog(null)}
          />
        )}
        {dialog === 'download' && (
          <DownloadActivitiesDialog
            profile={profile}
            types={types}
            onClose={() => setDialog(null)}
          />
        )}
      </Suspense>
    </div>
  );
}
