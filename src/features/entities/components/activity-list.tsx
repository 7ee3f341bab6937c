import { makeStyles, mergeClasses, Spinner, Text, tokens } from '@fluentui/react-components';
import { memo, useEffect, useRef } from 'react';
import { AlertUrgentRegular } from '@fluentui/react-icons';
import type { AlertSummary } from '@/api/contracts/alerts';
import type { Activity } from '@/api/contracts/entities';
import { EntityLink } from '@/components/domain/entity-link';
import { RouterLink } from '@/components/ui/router-link';
import { paths } from '@/config/paths';
import { useRowWindow } from '@/lib/use-row-window';
import { activityDetails, timeColumn, type ActivityRow } from '../utils/activity-view';

export const ACTIVITY_ROW_HEIGHT = 60;
/** Ask for the next page when the rows in view come this close to the end of what is loaded. */
const PREFETCH_ROWS = 40;

const useStyles = makeStyles({
  scroll: {
    flexGrow: 1,
    minHeight: '320px',
    overflow: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { position: 'relative', margin: 0, padding: 0, listStyleType: 'none' },
  row: {
    position: 'absolute',
    left: 0,
    right: 0,
    top: 0,
    height: `${ACTIVITY_ROW_HEIGHT}px`,
    boxSizing: 'border-box',
    display: 'grid',
    gridTemplateColumns: '96px minmax(0, 1fr)',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    padding: `0 ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  day: {
    display: 'flex',
    alignItems: 'flex-end',
    paddingBottom: tokens.spacingVerticalS,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground2,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
  },
  time: { display: 'flex', flexDirection: 'column', fontSize: tokens.fontSizeBase200 },
  date: { color: tokens.colorNeutralForeground2 },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  sentence: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  details: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  end: { display: 'flex', justifyContent: 'center', color: tokens.colorNeutralForeground2 },
  alert: { boxShadow: `inset 4px 0 0 ${tokens.colorPaletteRedBorder2}` },
  alertTitle: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    fontWeight: tokens.fontWeightSemibold,
  },
  alertIcon: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
});

/** A security alert among the activities: its title links to the alert page. */
const AlertLine = memo(function AlertLine({ alert }: { alert: AlertSummary }) {
  const styles = useStyles();
  const when = timeColumn(alert.startedAt);
  return (
    <>
      <span className={styles.time}>
        <span>{when.time}</span>
        <span className={styles.date}>{when.date}</span>
      </span>
      <span className={styles.text}>
        <span className={styles.alertTitle}>
          <AlertUrgentRegular className={styles.alertIcon} aria-hidden />
          <RouterLink to={paths.alert(alert.id)}>{`Security alert: ${alert.title}`}</RouterLink>
        </span>
        <span className={styles.details}>
          {`${alert.severity} severity | ${alert.status} | `}
          {alert.description
            .map((part) => ('entity' in part ? part.entity.name : part.text))
            .join('')}
        </span>
      </span>
    </>
  );
});

/** One line; memoised, so moving the window renders only the lines that come into it. */
const ActivityLine = memo(function ActivityLine({ activity }: { activity: Activity }) {
  const styles = useStyles();
  const when = timeColumn(activity.at);
  const details = activityDetails(activity);
  return (
    <>
      <span className={styles.time}>
        <span>{when.time}</span>
        <span className={styles.date}>{when.date}</span>
      </span>
      <span className={styles.text}>
        <span className={styles.sentence}>
          {activity.sentence.map((part, index) =>
            'entity' in part ? (
              <EntityLink key={index} entity={part.entity} />
            ) : (
              <span key={index}>{part.text}</span>
            ),
          )}
        </span>
        {details && <span className={styles.details}>{details}</span>}
      </span>
    </>
  );
});

/**
 * The Activities list: fixed-height rows (activities and day separators) in a window over
 * everything loaded; nearing the end asks for the next page, until 180 days are shown.
 */
export function ActivityList({
  rows,
  hasMore,
  loadingMore,
  onLoadMore,
  historyEnd,
}: {
  rows: ActivityRow[];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  /** What the end of the list says when there is nothing more. */
  historyEnd: string;
}) {
  const styles = useStyles();
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = rows.length + 1; // the last line: loading, or the end of the history
  const window = useRowWindow({ count, rowHeight: ACTIVITY_ROW_HEIGHT, scrollRef, overscan: 8 });
  const nearEnd = window.end >= rows.length - PREFETCH_ROWS;
  useEffect(() => {
    if (nearEnd && hasMore && !loadingMore) onLoadMore();
  }, [nearEnd, hasMore, loadingMore, onLoadMore]);

  return (
    <div ref={scrollRef} className={styles.scroll} data-testid="activity-scroll">
      <ul
        className={styles.list}
        aria-label="Activities"
        style={{ height: `${window.totalHeight}px` }}
      >
        {window.indexes.map((index) => {
          const row = rows[index];
          const style = { transform: `translateY(${window.offsetOf(index)}px)` };
          if (!row) {
            return (
              <li key="end" className={mergeClasses(styles.row, styles.end)} style={style}>
                {hasMore ? (
                  <Spinner size="tiny" label="Loading older activities…" />
                ) : (
                  <Text>{historyEnd}</Text>
                )}
              </li>
            );
          }
          if (row.kind === 'day') {
            return (
              <li key={row.key} className={mergeClasses(styles.row, styles.day)} style={style}>
                <h3 style={{ margin: 0, fontSize: 'inherit' }}>{row.label}</h3>
              </li>
            );
          }
          if (row.kind === 'alert') {
            return (
              <li
                key={`alert-${row.alert.id}`}
                className={mergeClasses(styles.row, styles.alert)}
                style={style}
              >
                <AlertLine alert={row.alert} />
              </li>
            );
          }
          return (
            <li key={row.activity.id} className={styles.row} style={style}>
              <ActivityLine activity={row.activity} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
