import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { KeyboardRegular, ShieldCheckmarkRegular } from '@fluentui/react-icons';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { AlertStatusAction } from '@/api/contracts/alerts';
import { ErrorState } from '@/components/errors/error-state';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { useSearchParamState } from '@/lib/url-state';
import {
  ALERT_PAGE_SIZE,
  alertQueries,
  loadedAlerts,
  NEW_ALERTS_POLL_MS,
} from '../api/alert-queries';
import { emptyMessage, filterNoun, parseAlertFilter } from '../utils/alert-filter';
import { commandFor, isTypingTarget, moveSelection, scrollToReveal } from '../utils/keyboard';
import { groupByTime } from '../utils/time-groups';
import { forgetPlace, readPlace, savePlace, saveTimelineSearch } from '../utils/timeline-place';
import { AlertSkeleton } from './alert-skeleton';
import { AlertTimelineList, TIMELINE_ROW_HEIGHT } from './alert-timeline-list';
import { FilterPane } from './filter-pane';
import { NewAlertsBanner } from './new-alerts-banner';
import { useAlertActions } from './use-alert-actions';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 },
  body: { display: 'flex', gap: tokens.spacingHorizontalXXL, flexGrow: 1, minHeight: 0 },
  main: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, minHeight: 0 },
  heading: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
});

// The shortcuts dialog opens on ? or a click: it loads then.
const ShortcutsDialog = lazy(() => import('./shortcuts-dialog'));

const keyActions: Partial<Record<string, AlertStatusAction>> = {
  close: 'Close',
  suppress: 'Suppress',
  reopen: 'Reopen',
  closeAndExclude: 'CloseAndExclude',
};

/**
 * The security alerts timeline (catalog §4.1): Filter by pane, alerts newest first grouped by
 * time, new alerts announced, keyboard triage. Coming back restores the place in the list.
 */
export function AlertsPage() {
  const [params] = useSearchParamState();
  const filter = parseAlertFilter(params.get('filter'));
  return <AlertsTimeline key={filter} filter={filter} />;
}

function AlertsTimeline({ filter }: { filter: ReturnType<typeof parseAlertFilter> }) {
  const styles = useStyles();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [place] = useState(() => readPlace(filter));
  const [selectedId, setSelectedId] = useState<string | null>(place?.selectedId ?? null);
  const [help, setHelp] = useState(false);
  const scrollRef = useRef<HTMLDivElement>(null);
  const scrollTop = useRef(place?.scrollTop ?? 0);
  const focusPending = useRef(false);
  const { handlers: actions, ui } = useAlertActions();

  const list = useInfiniteQuery(alertQueries.list(filter));
  const countsQuery = useQuery(alertQueries.counts());
  const firstPage = list.data?.pages[0];
  const counts = countsQuery.data ?? firstPage?.counts;
  const asOf = firstPage?.asOf;
  const alerts = useMemo(() => loadedAlerts(list.data?.pages), [list.data]);
  const rows = useMemo(() => groupByTime(alerts), [alerts]);

  const fresh = useQuery({
    ...alertQueries.newSince(filter, asOf ?? ''),
    enabled: asOf !== undefined,
    refetchInterval: NEW_ALERTS_POLL_MS,
  });
  const newCount = fresh.data?.items.length ?? 0;

  useEffect(() => saveTimelineSearch(location.search), [location.search]);

  // Restore the place once the rows are there (the loaded pages come back from the cache).
  const restored = useRef(false);
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (restored.current || !element || rows.length === 0) return;
    restored.current = true;
    if (place && place.scrollTop > 0) element.scrollTop = place.scrollTop;
  }, [rows.length, place]);

  // Remember the place as the reader scrolls and selects, and as the page is left.
  const selected = useRef(selectedId);
  useLayoutEffect(() => {
    selected.current = selectedId;
  });
  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const onScroll = () => {
      scrollTop.current = element.scrollTop;
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
  });
  useEffect(
    () => () => savePlace(filter, { scrollTop: scrollTop.current, selectedId: selected.current }),
    [filter],
  );

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const showNew = useCallback(() => {
    const key = alertQueries.list(filter).queryKey;
    queryClient.setQueryData(key, (data) =>
      data ? { pages: data.pages.slice(0, 1), pageParams: data.pageParams.slice(0, 1) } : data,
    );
    void queryClient.invalidateQueries({ queryKey: key });
    void queryClient.invalidateQueries({ queryKey: alertQueries.counts().queryKey });
    forgetPlace(filter);
    scrollTop.current = 0;
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
    setSelectedId(null);
    actions.say(`Showing ${newCount} new ${newCount === 1 ? 'alert' : 'alerts'} at the top`);
  }, [actions, filter, newCount, queryClient]);

  // Keyboard triage: the selected card takes the focus once it is rendered.
  useEffect(() => {
    if (!focusPending.current || !selectedId) return;
    const card = scrollRef.current?.querySelector<HTMLElement>(
      `[data-alert-id="${CSS.escape(selectedId)}"]`,
    );
    if (card) {
      focusPending.current = false;
      card.focus({ preventScroll: true });
    }
  });

  const latest = useRef({ alerts, selectedId, actions, loadMore, hasNextPage });
  useLayoutEffect(() => {
    latest.current = { alerts, selectedId, actions, loadMore, hasNextPage };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      const command = commandFor(event);
      if (!command) return;
      const current = latest.current;
      const index = current.alerts.findIndex((alert) => alert.id === current.selectedId);
      const alert = index >= 0 ? current.alerts[index] : undefined;
      if (command === 'open') {
        // Enter on a link or button inside a card is that control's; on the card it opens it.
        const target = event.target as Element | null;
        const onCard = target instanceof HTMLElement && target.dataset.alertId !== undefined;
        if (!alert || !(onCard || target === document.body)) return;
        event.preventDefault();
        void navigate(paths.alert(alert.id));
        return;
      }
      event.preventDefault();
      if (command === 'help') return setHelp(true);
      if (command === 'next' || command === 'previous') {
        const next = moveSelection(index >= 0 ? index : null, current.alerts.length, command);
        if (next === null) return;
        if (next >= current.alerts.length - 5 && current.hasNextPage) current.loadMore();
        const element = scrollRef.current;
        if (element) {
          const to = scrollToReveal(
            next,
            TIMELINE_ROW_HEIGHT,
            element.scrollTop,
            element.clientHeight,
          );
          if (to !== null && element.clientHeight > 0) element.scrollTop = to;
        }
        focusPending.current = true;
        setSelectedId(current.alerts[next]!.id);
        return;
      }
      const action = keyActions[command];
      if (!action) return;
      if (!alert) return current.actions.say('Select an alert first: press j to select one.');
      current.actions.changeStatus(alert, action);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [navigate]);

  const noun = filterNoun(filter);
  const label = `${noun.charAt(0).toUpperCase()}${noun.slice(1)}`;
  let content;
  if (list.isPending) content = <AlertSkeleton />;
  else if (list.isError)
    content = (
      <ErrorState
        error={list.error}
        title="Security alerts couldn’t be loaded"
        onRetry={() => void list.refetch()}
      />
    );
  else if (alerts.length === 0) {
    const empty = emptyMessage(filter, counts);
    content = (
      <EmptyState icon={<ShieldCheckmarkRegular />} title={empty.title}>
        {empty.body}
      </EmptyState>
    );
  } else
    content = (
      <AlertTimelineList
        rows={rows}
        asOf={asOf ?? ''}
        label={label}
        scrollRef={scrollRef}
        hasMore={list.hasNextPage}
        loadingMore={list.isFetchingNextPage}
        onLoadMore={loadMore}
        selectedId={selectedId}
        onSelect={setSelectedId}
        actions={actions}
      />
    );

  const total = counts?.[filter];
  return (
    <div className={styles.root}>
      <PageHeader
        title="Security alerts"
        description="Suspicious activity the detections found, newest first. Press ? for keyboard shortcuts."
        actions={
          <Button icon={<KeyboardRegular />} onClick={() => setHelp(true)}>
            Keyboard shortcuts
          </Button>
        }
      />
      <div className={styles.body}>
        <FilterPane filter={filter} counts={counts} />
        <section className={styles.main} aria-labelledby="alert-list-heading">
          <h2 id="alert-list-heading" className={styles.heading}>
            {total === undefined ? label : `${label} (${total})`}
          </h2>
          <NewAlertsBanner count={newCount} capped={newCount >= ALERT_PAGE_SIZE} onShow={showNew} />
          {content}
        </section>
      </div>
      {help ? (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={() => setHelp(false)} />
        </Suspense>
      ) : null}
      {ui}
    </div>
  );
}
