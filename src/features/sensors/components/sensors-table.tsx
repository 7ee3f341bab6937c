import {
  Checkbox,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useRef } from 'react';
import type { Sensor } from '@/api/contracts/sensors';
import { useRowWindow } from '@/lib/use-row-window';
import type { SensorColumnId, SortDirection } from '../utils/sensor-filters';
import { columnStyle, sensorColumns, tableMinWidth, type CellContext } from './sensor-columns';

export const ROW_HEIGHT = 44;
const HEADER_HEIGHT = 44;
/** The viewport height assumed when the scroll box measures 0×0: no layout (jsdom) or hidden. */
const FALLBACK_HEIGHT = 800;

export const useTableStyles = makeStyles({
  scroll: {
    flexGrow: 1,
    minHeight: '240px',
    overflow: 'auto',
    // Keyboard focus never hides under the sticky header.
    scrollPaddingTop: `${HEADER_HEIGHT}px`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: { minWidth: `${tableMinWidth}px` },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: `0 1px 0 ${tokens.colorNeutralStroke2}`,
  },
  headerRow: { height: `${HEADER_HEIGHT}px` },
  // Long headings wrap to a second line rather than being cut.
  headerCell: { fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase200 },
  body: { position: 'relative' },
  row: { position: 'absolute', top: 0, left: 0, width: '100%', height: `${ROW_HEIGHT}px` },
  cell: { overflow: 'hidden', whiteSpace: 'nowrap' },
});

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

export interface SensorsTableProps {
  sensors: Sensor[];
  asOf: string;
  sort: SensorColumnId;
  dir: SortDirection;
  onSort: (column: SensorColumnId) => void;
  onOpen: CellContext['onOpen'];
  /** Row selection (Administrators): checkboxes per row and one for every row shown. */
  selection?: SensorSelection | undefined;
}

export interface SensorSelection {
  selected: ReadonlySet<string>;
  onToggle: (sensorId: string, checked: boolean) => void;
  onToggleAll: (checked: boolean) => void;
}

const SELECT_WIDTH = 44;
const selectStyle = {
  flex: `0 0 ${SELECT_WIDTH}px`,
  minWidth: `${SELECT_WIDTH}px`,
  boxSizing: 'border-box' as const,
};

/**
 * The sensors as an ARIA table of divs, so that only the rows in view (plus a margin) are in the
 * DOM: absolutely positioned rows keep valid roles, and aria-rowcount / aria-rowindex tell
 * assistive technology where each row sits in the whole list.
 */
export function SensorsTable({
  sensors,
  asOf,
  sort,
  dir,
  onSort,
  onOpen,
  selection,
}: SensorsTableProps) {
  const styles = useTableStyles();
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useRowWindow({
    count: sensors.length,
    rowHeight: ROW_HEIGHT,
    overscan: 12,
    scrollRef,
    headerOffset: HEADER_HEIGHT,
    fallbackHeight: FALLBACK_HEIGHT,
  });
  const context: CellContext = { asOf, onOpen };
  const selectedShown = selection ? sensors.filter((s) => selection.selected.has(s.id)).length : 0;
  const allState = selectedShown === 0 ? false : selectedShown === sensors.length ? true : 'mixed';

  return (
    <div ref={scrollRef} className={styles.scroll}>
      <Table
        noNativeElements
        sortable
        aria-label="Sensors"
        aria-rowcount={sensors.length + 1}
        className={styles.table}
        style={selection ? { minWidth: `${tableMinWidth + SELECT_WIDTH}px` } : undefined}
      >
        <TableHeader className={styles.header}>
          <TableRow aria-rowindex={1} className={styles.headerRow}>
            {selection && (
              // A column header holding the checkbox, but not a TableHeaderCell: in a sortable
              // table that wraps its content in a button, and a checkbox inside a button is a
              // nested interactive control. (Not TableSelectionCell either: it brings Radio along,
              // ~3 KB on this page.)
              <TableCell role="columnheader" aria-label="Selection" style={selectStyle}>
                <Checkbox
                  aria-label={`Select all ${sensors.length} shown sensors`}
                  checked={allState}
                  onChange={(_, data) => selection.onToggleAll(data.checked === true)}
                />
              </TableCell>
            )}
            {sensorColumns.map((column) => (
              <TableHeaderCell
                key={column.id}
                className={styles.headerCell}
                style={columnStyle(column)}
                sortDirection={sort === column.id ? ariaSort[dir] : undefined}
                onClick={() => onSort(column.id)}
              >
                {column.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody className={styles.body} style={{ height: `${rows.totalHeight}px` }}>
          {rows.indexes.map((index) => {
            const sensor = sensors[index];
            if (!sensor) return null;
            return (
              <TableRow
                key={sensor.id}
                aria-rowindex={index + 2}
                className={styles.row}
                style={{ transform: `translateY(${rows.offsetOf(index)}px)` }}
              >
                {selection && (
                  <TableCell style={selectStyle}>
                    <Checkbox
                      aria-label={`Select ${sensor.name}`}
                      checked={selection.selected.has(sensor.id)}
                      onChange={(_, data) => selection.onToggle(sensor.id, data.checked === true)}
                    />
                  </TableCell>
                )}
                {sensorColumns.map((column) => (
                  <TableCell key={column.id} className={styles.cell} style={columnStyle(column)}>
                    {column.render(sensor, context)}
                  </TableCell>
                ))}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
