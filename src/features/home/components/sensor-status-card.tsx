import { Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';
import { RadarRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import type { SensorStatus } from '@/api/contracts/vocabulary';
import { EmptyState } from '@/components/ui/empty-state';
import { RouterLink } from '@/components/ui/router-link';
import { homeQueries } from '../api/home-queries';
import { sensorStatusCounts } from '../utils/sensor-summary';
import { HomeCard } from './home-card';

// The charting library is large: load it after the page's first paint.
const DonutChart = lazy(() =>
  import('@/components/charts/donut-chart').then((m) => ({ default: m.DonutChart })),
);

/** One colour per status: greens and blues are fine, yellows need attention, reds are broken. */
const statusColors: Record<SensorStatus, string> = {
  'Up to date': tokens.colorPaletteGreenBackground3,
  Updating: tokens.colorPaletteBlueBorderActive,
  Syncing: tokens.colorPaletteTealBorderActive,
  Outdated: tokens.colorPaletteYellowBackground3,
  'Not configured': tokens.colorPaletteMarigoldBackground3,
  'Update failed': tokens.colorPaletteDarkOrangeBackground3,
  'Start failed': tokens.colorPaletteRedBackground3,
  Disconnected: tokens.colorPaletteBerryBackground3,
  Unreachable: tokens.colorPaletteGrapeBorderActive,
};

/** Sensors by status: a donut with the same numbers as a table. */
export function SensorStatusCard({ sensorsLink }: { sensorsLink: string | undefined }) {
  const query = useQuery(homeQueries.sensors());
  const sensors = query.data?.items ?? [];
  return (
    <HomeCard
      title="Sensors"
      query={query}
      action={
        sensorsLink && sensors.length > 0 ? (
          <RouterLink to={sensorsLink}>View all sensors</RouterLink>
        ) : null
      }
    >
      {sensors.length === 0 ? (
        <EmptyState icon={<RadarRegular />} title="No sensors yet" headingLevel={3}>
          Install the sensor setup on a domain controller; it shows up here within a few minutes.
        </EmptyState>
      ) : (
        <Suspense
          fallback={
            <Skeleton aria-label="Loading the chart">
              <SkeletonItem shape="circle" size={128} />
            </Skeleton>
          }
        >
          <DonutChart
            title="Sensors by status"
            centerValue={sensors.length}
            centerLabel={sensors.length === 1 ? 'sensor' : 'sensors'}
            data={sensorStatusCounts(sensors).map(({ status, count }) => ({
              key: status,
              label: status,
              value: count,
              color: statusColors[status],
            }))}
          />
        </Suspense>
      )}
    </HomeCard>
  );
}
