import { makeStyles, mergeClasses, Spinner, Text, tokens } from '@fluentui/react-components';
import { memo, useEffect, type RefObject } from 'react';
import type { AlertSummary } from '@/api/contracts/alerts';
import { useRowWindow } from '@/lib/use-row-window';
import { timeGroupLabel, type TimelineRow } from '../utils/time-groups';
import { ALERT_CARD_HEIGHT, AlertCard } from './alert-card';
import type { AlertActions } from './use-alert-actions';

const GAP = 12;
/** One row: a card and the gap below it; time labels sit on the line beside their first card. */
export const TIMELINE_ROW_HEIGHT = ALERT_CARD_HEIGHT + GAP;
/** Ask for the next page when the rows in view come this close to the end of what is loaded. */
const PREFETCH_ROWS = 20;

const useStyles = makeStyles({
  scroll: {
    flexGrow: 1,
    minHeight: '320px',
    overflow: 'auto',
    position: 'relative',
    paddingRight: tokens.spacingHorizontalS,
  },
  list: { position: 'relative', margin: 0, padding: 0, listStyleType: 'none' },
  row: {
    position: 'absolute',
    left: 0,
    right: 0,
    top: 0,
    height: `${TIMELINE_ROW_HEIGHT}px`,
    display: 'grid',
    gridTemplateColumns: '148px 28px minmax(0, 1fr)',
    boxSizing: 'border-box',
    paddingBottom: `${GAP}px`,
  },
  when: {
    margin: 0,
    paddingTop: tokens.spacingVerticalM,
    textAlign: 'right',
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  line: {
    position: 'relative',
    '::before': {
      content: '""',
      position: 'absolute',
      top: 0,
      bottom: `-${GAP}px`,
      left: '13px',
      width: '2px',
      backgroundColor: tokens.colorNeutralStroke1,
    },
  },
  dot: {
    position: 'absolute',
    top: tokens.spacingVerticalM,
    left: '8px',
    width: '12px',
    height: '12px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `2px solid ${tokens.colorBrandStroke1}`,
    boxSizing: 'border-box',
  },
  end: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    gridColumn: '1 / -1',
    color: tokens.colorNeutralForeground2,
  },
});

/**
 * A row's contents. Takes the alert and its group flag rather than the row object: regrouping
 * after a page arrives makes new row objects, and the rows already on screen must not re-render.
 */
const TimelineItem = memo(function TimelineItem({
  alert,
  startsGroup,
  asOf,
  selected,
  actions,
  onSelect,
}: {
  alert: AlertSummary;
  startsGroup: boolean;
  asOf: string;
  selected: boolean;
  actions: AlertActions;
  onSelect: (id: string) => void;
}) {
  const styles = useStyles();
  return (
    <>
      {startsGroup ? (
        <p className={styles.when}>
          <time dateTime={alert.startedAt}>{timeGroupLabel(alert.startedAt, asOf)}</time>
        </p>
      ) : (
        <span />
      )}
      <span className={styles.line} aria-hidden>
        {startsGroup ? <span className={styles.dot} /> : null}
      </span>
      <AlertCard alert={alert} selected={selected} actions={actions} onSelect={onSelect} />
    </>
  );
});

/**
 * The timeline's cards in a window over everything loaded (fixed row height, so 20,000 alerts
 * cost what the screen shows); nearing the end asks for the next page.
 */
export function AlertTimelineList({
  rows,
  asOf,
  label,
  scrollRef,
  hasMore,
  loadingMore,
  onLoadMore,
  selectedId,
  onSelect,
  actions,
}: {
  rows: readonly TimelineRow<AlertSummary>[];
  /** The service's time of the first page: "Today" and "Yesterday" are relative to it. */
  asOf: string;
  label: string;
  scrollRef: RefObject<HTMLDivElement | null>;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  actions: AlertActions;
}) {
  const styles = useStyles();
  const count = rows.length + (hasMore ? 1 : 0);
  const window = useRowWindow({ count, rowHeight: TIMELINE_ROW_HEIGHT, scrollRef, overscan: 4 });
  const nearEnd = window.end >= rows.length - PREFETCH_ROWS;
  useEffect(() => {
    if (nearEnd && hasMore && !loadingMore) onLoadMore();
  }, [nearEnd, hasMore, loadingMore, onLoadMore]);

  return (
    <div ref={scrollRef} className={styles.scroll} data-testid="alert-scroll">
      <ul className={styles.list} aria-label={label} style={{ height: `${window.totalHeight}px` }}>
        {window.indexes.map((index) => {
          const row = rows[index];
          const style = { transform: `translateY(${window.offsetOf(index)}px)` };
          if (!row) {
            return (
              <li key="more" className={mergeClasses(styles.row)} style={style}>
                <span className={styles.end}>
                  {loadingMore ? (
                    <Spinner size="tiny" label="Loading older alerts…" />
                  ) : (
                    <Text>Older alerts load as you scroll</Text>
                  )}
                </span>
              </li>
            );
          }
          return (
            <li
              key={row.item.id}
              className={styles.row}
              style={style}
              aria-posinset={index + 1}
              aria-setsize={hasMore ? -1 : rows.length}
            >
              <TimelineItem
                alert={row.item}
                startsGroup={row.startsGroup}
                asOf={asOf}
                selected={row.item.id === selectedId}
                actions={actions}
                onSelect={onSelect}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
