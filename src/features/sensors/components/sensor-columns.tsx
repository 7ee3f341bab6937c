import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Sensor } from '@/api/contracts/sensors';
import { HealthBadge } from '@/components/domain/health-badge';
import { SensorStatusBadge } from '@/components/domain/sensor-status-badge';
import { formatDateTime, formatRelativeTime } from '@/lib/format';
import type { SensorColumnId } from '../utils/sensor-filters';

export interface CellContext {
  /** The service's time of the list, for "last seen". */
  asOf: string;
  /** Opens the sensor's drawer; `opener` gets focus back when it closes. */
  onOpen: (sensorId: string, opener: HTMLElement) => void;
}

export interface SensorColumn {
  id: SensorColumnId;
  label: string;
  /** Minimum width in px; the table scrolls sideways below the sum of these. */
  width: number;
  /** Share of the spare width the column takes. */
  grow: number;
  render: (sensor: Sensor, context: CellContext) => ReactNode;
}

export const useCellStyles = makeStyles({
  nameButton: { fontWeight: tokens.fontWeightSemibold, textAlign: 'start' },
  truncate: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  issues: { whiteSpace: 'pre', color: tokens.colorNeutralForeground2 },
});

export function issueCount(count: number): string {
  return `${count} ${count === 1 ? 'issue' : 'issues'}`;
}

function HealthCell({ sensor }: { sensor: Sensor }) {
  const styles = useCellStyles();
  return (
    <>
      <HealthBadge health={sensor.health} />
      {sensor.openHealthIssues > 0 ? (
        <span className={styles.issues}>{` · ${issueCount(sensor.openHealthIssues)}`}</span>
      ) : null}
    </>
  );
}

/** The name button of a sensor's row inside `root`, if that row is rendered. */
export function findSensorButton(root: ParentNode | null, sensorId: string): HTMLElement | null {
  for (const button of root?.querySelectorAll<HTMLElement>('[data-sensor-id]') ?? []) {
    if (button.dataset.sensorId === sensorId) return button;
  }
  return null;
}

function NameCell({ sensor, onOpen }: { sensor: Sensor; onOpen: CellContext['onOpen'] }) {
  const styles = useCellStyles();
  // The drawer is opened from the URL, not a DrawerTrigger: the page gives focus back to this
  // button (or, if it was re-rendered, the one with this sensor's id) when the drawer closes.
  return (
    <Link
      as="button"
      className={styles.nameButton}
      onClick={(event) => onOpen(sensor.id, event.currentTarget)}
      data-sensor-id={sensor.id}
    >
      {sensor.name}
    </Link>
  );
}

function Truncated({ children }: { children: string }) {
  const styles = useCellStyles();
  return (
    <span className={styles.truncate} title={children}>
      {children}
    </span>
  );
}

/** The sensors table's columns, in order. */
export const sensorColumns: SensorColumn[] = [
  {
    id: 'name',
    label: 'Name',
    width: 120,
    grow: 1,
    render: (s, c) => <NameCell sensor={s} onOpen={c.onOpen} />,
  },
  {
    id: 'type',
    label: 'Type',
    width: 150,
    grow: 0,
    render: (s) => <Truncated>{s.type}</Truncated>,
  },
  {
    id: 'domain',
    label: 'Domain',
    width: 145,
    grow: 1,
    render: (s) => <Truncated>{s.domain}</Truncated>,
  },
  { id: 'version', label: 'Version', width: 90, grow: 0, render: (s) => s.version },
  {
    id: 'serviceStatus',
    label: 'Service status',
    width: 110,
    grow: 0,
    render: (s) => s.serviceStatus,
  },
  {
    id: 'sensorStatus',
    label: 'Sensor status',
    width: 125,
    grow: 0,
    render: (s) => <SensorStatusBadge status={s.sensorStatus} />,
  },
  { id: 'health', label: 'Health', width: 160, grow: 0, render: (s) => <HealthCell sensor={s} /> },
  {
    id: 'lastSeen',
    label: 'Last seen',
    width: 105,
    grow: 0,
    render: (s, c) => (
      <time dateTime={s.lastSeen} title={formatDateTime(s.lastSeen)}>
        {formatRelativeTime(s.lastSeen, c.asOf)}
      </time>
    ),
  },
  {
    id: 'delayedUpdate',
    label: 'Delayed update',
    width: 110,
    grow: 0,
    render: (s) => (s.delayedUpdate ? 'Yes' : 'No'),
  },
];

export const tableMinWidth = sensorColumns.reduce((sum, c) => sum + c.width, 0);

/** Flex sizing of a column's header and body cells, so they line up. */
export function columnStyle(column: SensorColumn) {
  return {
    flex: `${column.grow} 0 ${column.width}px`,
    minWidth: `${column.width}px`,
    boxSizing: 'border-box' as const,
  };
}
