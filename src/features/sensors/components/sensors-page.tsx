import { Button, makeStyles } from '@fluentui/react-components';
import { FilterDismissRegular, RadarRegular, SearchRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useMemo, useRef } from 'react';
import { ErrorState } from '@/components/errors/error-state';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { useFocusReturn } from '@/lib/use-focus-return';
import { useSearchParamState, type SetSearchParamsOptions } from '@/lib/url-state';
import { sensorQueries } from '../api/sensor-queries';
import { domainControllerQueries } from '../api/sensor-setup-api';
import {
  applySensorView,
  clearedFilters,
  parseSensorView,
  serializeSensorView,
  type SensorColumnId,
  type SensorView,
} from '../utils/sensor-filters';
import { DcCoverageBanner, DcCoverageBannerSkeleton } from './dc-coverage-banner';
import { findSensorButton } from './sensor-columns';
import { SensorToolbar } from './sensor-toolbar';
import { SensorsTable } from './sensors-table';
import { SensorsTableSkeleton } from './sensors-table-skeleton';
import { useSensorSelection } from './use-sensor-selection';
import { useSensorSetup } from './use-sensor-setup';

// The drawer is needed only once a sensor is opened: load it then.
const SensorDrawer = lazy(() =>
  import('./sensor-drawer').then((m) => ({ default: m.SensorDrawer })),
);

const useStyles = makeStyles({
  // Fills the page area so the table scrolls inside, below the toolbar.
  root: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 },
});

/** Refresh "last seen" and statuses while the page is open. */
const REFRESH_MS = 60_000;

/**
 * Configuration → System → Sensors: every sensor of the instance and how it is doing; Administrators
 * add sensors (setup download and access key) and change them.
 */
export function SensorsPage() {
  const styles = useStyles();
  const rootRef = useRef<HTMLDivElement>(null);
  const query = useQuery({
    ...sensorQueries.list(),
    refetchInterval: REFRESH_MS,
    // The route loader fetches on every visit, with retries; when that failed, show the error and
    // let the user retry rather than hammering a failing service again on mount.
    retryOnMount: false,
  });
  // The coverage banner sits above the list: wait for it too (or its failure), so the list
  // doesn't move down when it arrives.
  const coverage = useQuery(domainControllerQueries.list());
  const [params, setParams] = useSearchParamState();
  const view = useMemo(() => parseSensorView(params), [params]);

  const change = useCallback(
    (next: Partial<SensorView>, options?: SetSearchParamsOptions) =>
      setParams(serializeSensorView(next), options),
    [setParams],
  );
  const sortBy = (column: SensorColumnId) =>
    change({ sort: column, dir: view.sort === column && view.dir === 'asc' ? 'desc' : 'asc' });
  // Closing the drawer gives focus back to the row's button (or, when the drawer was opened from a
  // link or the row is no longer rendered, to the search box).
  const rememberSensorOpener = useFocusReturn(
    view.sensor,
    (id) =>
      findSensorButton(rootRef.current, id) ??
      rootRef.current?.querySelector<HTMLElement>('input[type="search"]'),
  );
  const openSensor = useCallback(
    (id: string, opener: HTMLElement) => {
      rememberSensorOpener(opener);
      change({ sensor: id }, { history: 'push' });
    },
    [change, rememberSensorOpener],
  );
  const closeSensor = () => change({ sensor: null }, { history: 'push' });

  const setup = useSensorSetup(view.setup, (open) => change({ setup: open }, { history: 'push' }));

  const items = query.data?.items;
  const { q, status, health, sort, dir } = view;
  const rows = useMemo(
    () => (items ? applySensorView(items, { q, status, health, sort, dir }) : []),
    [items, q, status, health, sort, dir],
  );
  const selection = useSensorSelection(rows);

  // Add sensor sits in the header from the first render (permissions are known before the page
  // renders), so nothing moves when the list arrives.
  const header = (
    <PageHeader
      title="Sensors"
      description="The sensors installed on your domain controllers, AD FS servers and standalone servers, and how each one is doing."
      actions={setup.headerAction}
    />
  );

  if (!query.data || coverage.isPending) {
    return (
      <div className={styles.root}>
        {header}
        {query.isError && !query.isFetching ? (
          <ErrorState
            error={query.error}
            title="Sensors couldn’t load"
            onRetry={() => void query.refetch()}
          />
        ) : (
          <>
            <DcCoverageBannerSkeleton />
            <SensorToolbar view={view} onChange={change} counts={null} />
            <SensorsTableSkeleton />
          </>
        )}
        {setup.drawer}
      </div>
    );
  }

  const { asOf } = query.data;
  const total = query.data.items.length;
  return (
    <div className={styles.root} ref={rootRef}>
      {header}
      <DcCoverageBanner />
      {setup.note}
      {total === 0 ? (
        <EmptyState icon={<RadarRegular />} title="No sensors yet" action={setup.emptyAction}>
          Sensors appear here once the sensor setup is installed on a domain controller, an AD FS
          server or a standalone server. Each sensor registers itself with this instance and shows
          up within a few minutes of installation.
        </EmptyState>
      ) : (
        <>
          <SensorToolbar view={view} onChange={change} counts={{ shown: rows.length, total }} />
          {selection.bar}
          {rows.length === 0 ? (
            <EmptyState
              icon={<SearchRegular />}
              title="No sensors match your filters"
              action={
                <Button icon={<FilterDismissRegular />} onClick={() => change(clearedFilters)}>
                  Clear filters
                </Button>
              }
            >
              Try other words, or another sensor status or health, or clear the filters to see all{' '}
              {total} sensors.
            </EmptyState>
          ) : (
            <SensorsTable
              sensors={rows}
              asOf={asOf}
              sort={sort}
              dir={dir}
              onSort={sortBy}
              onOpen={openSensor}
              selection={selection.table}
            />
          )}
        </>
      )}
      {setup.drawer}
      {view.sensor && (
        <Suspense fallback={null}>
          <SensorDrawer
            sensorId={view.sensor}
            sensor={query.data.items.find((s) => s.id === view.sensor) ?? null}
            asOf={asOf}
            onClose={closeSensor}
          />
        </Suspense>
      )}
    </div>
  );
}
