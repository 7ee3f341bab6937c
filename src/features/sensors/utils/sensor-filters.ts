import type { Sensor } from '@/api/contracts/sensors';
import {
  sensorHealthSchema,
  sensorStatusSchema,
  type SensorHealth,
  type SensorStatus,
} from '@/api/contracts/vocabulary';
import type { SearchParamUpdate } from '@/lib/url-state';

export const sensorColumnIds = [
  'name',
  'type',
  'domain',
  'version',
  'serviceStatus',
  'sensorStatus',
  'health',
  'lastSeen',
  'delayedUpdate',
] as const;
export type SensorColumnId = (typeof sensorColumnIds)[number];
export type SortDirection = 'asc' | 'desc';

/** The sensors view as the URL holds it: `q`, `status`, `health`, `sort`, `dir`, `sensor`, `setup`. */
export interface SensorView {
  /** Free text matched against name, domain, FQDN and version. */
  q: string;
  status: SensorStatus | null;
  health: SensorHealth | null;
  sort: SensorColumnId;
  dir: SortDirection;
  /** Id of the sensor shown in the details drawer. */
  sensor: string | null;
  /** Whether the sensor setup drawer (Add sensor: download and access key) is open: `setup=open`. */
  setup: boolean;
}

/** What decides the rows: the filters and the sort (not the open drawers). */
export type SensorListView = Pick<SensorView, 'q' | 'status' | 'health' | 'sort' | 'dir'>;

export const defaultSensorView: SensorView = {
  q: '',
  status: null,
  health: null,
  sort: 'name',
  dir: 'asc',
  sensor: null,
  setup: false,
};

function oneOf<T extends string>(options: readonly T[], value: string | null): T | null {
  return value !== null && (options as readonly string[]).includes(value) ? (value as T) : null;
}

/** Reads the view from the URL. Unknown or invalid values are ignored (the default applies). */
export function parseSensorView(params: URLSearchParams): SensorView {
  return {
    q: params.get('q')?.trim() ?? '',
    status: oneOf(sensorStatusSchema.options, params.get('status')),
    health: oneOf(sensorHealthSchema.options, params.get('health')),
    sort: oneOf(sensorColumnIds, params.get('sort')) ?? defaultSensorView.sort,
    dir: oneOf(['asc', 'desc'] as const, params.get('dir')) ?? defaultSensorView.dir,
    sensor: params.get('sensor') || null,
    setup: params.get('setup') === 'open',
  };
}

/** The URL params for a change of the view; defaults are left out of the URL. */
export function serializeSensorView(change: Partial<SensorView>): SearchParamUpdate {
  const update: SearchParamUpdate = {};
  if ('q' in change) update.q = change.q?.trim() || null;
  if ('status' in change) update.status = change.status;
  if ('health' in change) update.health = change.health;
  if ('sort' in change || 'dir' in change) {
    const sort = change.sort ?? defaultSensorView.sort;
    const dir = change.dir ?? defaultSensorView.dir;
    update.sort = sort === defaultSensorView.sort && dir === defaultSensorView.dir ? null : sort;
    update.dir = dir === defaultSensorView.dir ? null : dir;
  }
  if ('sensor' in change) update.sensor = change.sensor;
  if ('setup' in change) update.setup = change.setup ? 'open' : null;
  return update;
}

/** The search part of a link to the Sensors page with this view (`?setup=open`), or ''. */
export function sensorViewSearch(change: Partial<SensorView>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(serializeSensorView(change))) {
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** Whether any filter (not sort or selection) narrows the list. */
export function hasActiveFilters(view: SensorListView): boolean {
  return view.q !== '' || view.status !== null || view.health !== null;
}

export const clearedFilters: Partial<SensorView> = { q: '', status: null, health: null };

/** Plain, case-insensitive substring match: `*` and `?` are ordinary characters. */
export function filterSensors(sensors: readonly Sensor[], view: SensorListView): Sensor[] {
  const needle = view.q.toLocaleLowerCase('en-US');
  return sensors.filter(
    (s) =>
      (view.status === null || s.sensorStatus === view.status) &&
      (view.health === null || s.health === view.health) &&
      (needle === '' ||
        [s.name, s.domain, s.fqdn, s.version].some((field) =>
          field.toLocaleLowerCase('en-US').includes(needle),
        )),
  );
}

/** Natural order: DC2 before DC10, 2.97 before 2.130; case-insensitive. */
const collator = new Intl.Collator('en-US', { numeric: true, sensitivity: 'base' });
const healthRank: Record<SensorHealth, number> = { Healthy: 0, Low: 1, Medium: 2, High: 3 };

type Compare = (a: Sensor, b: Sensor) => number;
const byText =
  (field: 'name' | 'type' | 'domain' | 'version' | 'serviceStatus' | 'sensorStatus'): Compare =>
  (a, b) =>
    collator.compare(a[field], b[field]);

const comparators: Record<SensorColumnId, Compare> = {
  name: byText('name'),
  type: byText('type'),
  domain: byText('domain'),
  version: byText('version'),
  serviceStatus: byText('serviceStatus'),
  sensorStatus: byText('sensorStatus'),
  health: (a, b) =>
    healthRank[a.health] - healthRank[b.health] || a.openHealthIssues - b.openHealthIssues,
  lastSeen: (a, b) => Date.parse(a.lastSeen) - Date.parse(b.lastSeen),
  delayedUpdate: (a, b) => Number(a.delayedUpdate) - Number(b.delayedUpdate),
};

/** Sorts by one column; ties keep a fixed order (name, then FQDN, then id), whichever the direction. */
export function sortSensors(
  sensors: readonly Sensor[],
  sort: SensorColumnId,
  dir: SortDirection,
): Sensor[] {
  const primary = comparators[sort];
  const sign = dir === 'asc' ? 1 : -1;
  return [...sensors].sort(
    (a, b) =>
      sign * primary(a, b) ||
      collator.compare(a.name, b.name) ||
      collator.compare(a.fqdn, b.fqdn) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The rows the table shows for a view. */
export function applySensorView(sensors: readonly Sensor[], view: SensorListView): Sensor[] {
  return sortSensors(filterSensors(sensors, view), view.sort, view.dir);
}
