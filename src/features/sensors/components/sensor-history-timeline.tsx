import {
  makeStyles,
  mergeClasses,
  Skeleton,
  SkeletonItem,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import type { SensorHistory, SensorHistoryState } from '@/api/contracts/sensors';
import { ErrorState } from '@/components/errors/error-state';
import { formatDateTime } from '@/lib/format';
import { sensorQueries } from '../api/sensor-queries';
import { formatDuration, segmentMinutes, summarizeHistory } from '../utils/sensor-history-summary';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  bar: {
    position: 'relative',
    height: '24px',
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
    backgroundColor: tokens.colorPaletteGreenBackground3,
  },
  segment: { position: 'absolute', top: 0, bottom: 0, minWidth: '3px' },
  Disconnected: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  Stopped: { backgroundColor: tokens.colorPaletteRedBackground3 },
  Connected: {},
  axis: { display: 'flex', justifyContent: 'space-between', color: tokens.colorNeutralForeground2 },
  legend: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
  swatch: {
    display: 'inline-block',
    width: '10px',
    height: '10px',
    marginRight: '4px',
    borderRadius: '2px',
  },
  connectedSwatch: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: 'left',
    padding: `2px ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
});

const RECENT = 6;

function Timeline({ history }: { history: SensorHistory }) {
  const styles = useStyles();
  const start = Date.parse(history.from);
  const span = Math.max(1, Date.parse(history.to) - start);
  const summary = summarizeHistory(history);
  const recent = [...summary.outages].reverse().slice(0, RECENT);
  const state: Record<SensorHistoryState, string> = {
    Connected: 'Connected',
    Disconnected: 'Not communicating',
    Stopped: 'Service stopped',
  };
  return (
    <div className={styles.root}>
      <Text weight="semibold">{summary.pattern}</Text>
      <div
        className={styles.bar}
        role="img"
        aria-label={`Status over the last 30 days: ${summary.outages.length} outages, ${formatDuration(summary.downMinutes)} down in total.`}
      >
        {summary.outages.map((s) => (
          <span
            key={s.from}
            className={mergeClasses(styles.segment, styles[s.state])}
            style={{
              left: `${((Date.parse(s.from) - start) / span) * 100}%`,
              width: `${((Date.parse(s.to) - Date.parse(s.from)) / span) * 100}%`,
            }}
          />
        ))}
      </div>
      <div className={styles.axis}>
        <Text size={200}>{formatDateTime(history.from)}</Text>
        <Text size={200}>Now</Text>
      </div>
      <div className={styles.legend} aria-hidden>
        <Text size={200}>
          <span className={mergeClasses(styles.swatch, styles.connectedSwatch)} />
          Connected
        </Text>
        <Text size={200}>
          <span className={mergeClasses(styles.swatch, styles.Disconnected)} />
          Not communicating
        </Text>
        <Text size={200}>
          <span className={mergeClasses(styles.swatch, styles.Stopped)} />
          Service stopped
        </Text>
      </div>
      <Text size={200}>
        {summary.outages.length} {summary.outages.length === 1 ? 'outage' : 'outages'} in 30 days ·{' '}
        {formatDuration(summary.downMinutes)} down in total · longest{' '}
        {formatDuration(summary.longestMinutes)}
      </Text>
      {recent.length > 0 && (
        <table className={styles.table}>
          <caption className={styles.cell}>Most recent outages</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.cell}>
                Started
              </th>
              <th scope="col" className={styles.cell}>
                Lasted
              </th>
              <th scope="col" className={styles.cell}>
                State
              </th>
            </tr>
          </thead>
          <tbody>
            {recent.map((s) => (
              <tr key={s.from}>
                <td className={styles.cell}>{formatDateTime(s.from)}</td>
                <td className={styles.cell}>
                  {formatDuration(segmentMinutes(s))}
                  {s === summary.current ? ' (ongoing)' : ''}
                </td>
                <td className={styles.cell}>{state[s.state]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** The sensor's last 30 days as a strip, so an intermittent sensor is told from a dead one. */
export function SensorHistoryTimeline({ sensorId }: { sensorId: string }) {
  const query = useQuery(sensorQueries.history(sensorId));
  if (query.data) return <Timeline history={query.data} />;
  if (query.isError) {
    return (
      <ErrorState
        error={query.error}
        title="The status history couldn’t load"
        onRetry={() => void query.refetch()}
      />
    );
  }
  return (
    <Skeleton aria-label="Loading the status history">
      <SkeletonItem size={24} />
    </Skeleton>
  );
}
