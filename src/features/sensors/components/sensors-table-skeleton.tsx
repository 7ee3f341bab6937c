import {
  makeStyles,
  mergeClasses,
  Skeleton,
  SkeletonItem,
  tokens,
} from '@fluentui/react-components';
import { columnStyle, sensorColumns } from './sensor-columns';
import { ROW_HEIGHT, useTableStyles } from './sensors-table';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    height: '44px',
    padding: `0 ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: {
    display: 'flex',
    alignItems: 'center',
    height: `${ROW_HEIGHT}px`,
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  cell: { paddingRight: tokens.spacingHorizontalL, boxSizing: 'border-box' },
});

const placeholderRows = Array.from({ length: 10 }, (_, i) => i);

/** The table's shape while the sensors load: real column headings, shimmering rows. */
export function SensorsTableSkeleton() {
  const styles = useStyles();
  const tableStyles = useTableStyles();
  return (
    <div className={tableStyles.scroll}>
      <div className={mergeClasses(tableStyles.table, styles.header)} aria-hidden>
        {sensorColumns.map((column) => (
          <span key={column.id} className={styles.cell} style={columnStyle(column)}>
            {column.label}
          </span>
        ))}
      </div>
      <Skeleton aria-label="Loading sensors" className={tableStyles.table}>
        {placeholderRows.map((row) => (
          <div key={row} className={styles.row}>
            {sensorColumns.map((column) => (
              <div key={column.id} className={styles.cell} style={columnStyle(column)}>
                <SkeletonItem size={16} />
              </div>
            ))}
          </div>
        ))}
      </Skeleton>
    </div>
  );
}
