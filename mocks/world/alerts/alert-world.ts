import { detections } from '../../../src/api/contracts/detections';
import type { ScenarioName } from '../../../src/api/contracts/vocabulary';
import { tenantIds, type DirectoryTenant } from '../../identity/directory';
import { hash } from '../hash';
import { directoryWorld, type DirectoryWorld } from '../directory/directory-world';
import { inSlices } from '../yield';
import { evenAlert } from './generate';
import { entitiesOf, type AlertSpec, type Picker } from './spec';
import { activeAttackAlerts, contosoAlerts } from './story';

/** Status buckets: open alerts by severity, then closed and suppressed. */
export const OPEN_HIGH = 0;
export const OPEN_MEDIUM = 1;
export const OPEN_LOW = 2;
export const CLOSED = 3;
export const SUPPRESSED = 4;
export const BUCKETS = 5;

export function bucketOf(status: AlertSpec['status'], severity: AlertSpec['severity']) {
  if (status === 'Closed') return CLOSED;
  if (status === 'Suppressed') return SUPPRESSED;
  return severity === 'High' ? OPEN_HIGH : severity === 'Medium' ? OPEN_MEDIUM : OPEN_LOW;
}

export const severityCodes = ['High', 'Medium', 'Low'] as const;

export const detectionIndex = new Map(detections.map((d, i) => [d.id, i]));

/**
 * A tenant's generated alerts, oldest first (alert i starts no later than alert i + 1), so a
 * position in the list is a time cursor. Small worlds keep their few dozen specs; the large world
 * computes alert i from hash(seed, i) when asked. Memoised per scenario, tenant and epoch.
 */
export interface AlertWorld {
  scenario: ScenarioName;
  directory: DirectoryWorld;
  /** Part of every alert id: another scenario's or tenant's ids don't resolve here. */
  tag: string;
  count: number;
  spec(i: number): AlertSpec;
  idOf(i: number): string;
  /** The alert an id names, or undefined. */
  indexOfId(id: string): number | undefined;
  /** Keys of the story's alerts (active-attack) → index. */
  keys: Map<string, number>;
}

/**
 * Built once per world on first use (large: in slices that yield to the page): start times,
 * detections and generated status buckets as typed arrays, prefix counts per bucket for the whole
 * list and per detection, the alerts of each bucket and of each entity.
 */
export interface AlertIndex {
  starts: Float64Array;
  detection: Uint8Array;
  /** Index into `severityCodes`. */
  severity: Uint8Array;
  bucket: Uint8Array;
  /** prefix[k * BUCKETS + b]: alerts of bucket b among the first k. */
  prefix: Int32Array;
  byBucket: Int32Array[];
  byDetection: Map<number, { indices: Int32Array; prefix: Int32Array }>;
  /** The alerts an entity (directory code) takes part in, oldest first (a view, not a copy). */
  entityAlerts(code: number): Int32Array;
  /** Milliseconds from the start of the build to its end (the yields between slices included). */
  buildMs: number;
}

const worlds = new Map<string, AlertWorld>();
const indexes = new WeakMap<AlertWorld, Promise<AlertIndex>>();

export const LARGE_ALERTS = 20_000;
export const LARGE_DAYS = 180;

export function alertWorld(
  scenario: ScenarioName,
  tenant: DirectoryTenant,
  epoch: number,
): AlertWorld {
  const key = `${scenario}|${tenant.id}|${epoch}`;
  const cached = worlds.get(key);
  if (cached) return cached;
  const directory = directoryWorld(scenario, tenant, epoch);
  const { layout } = directory;
  // Short: every generated field hashes the seed, 20,000 alerts × ~20 fields in large.
  const seed = `a${hash(layout.seed, 'alerts', scenario).toString(36)}`;
  const tag = hash(seed, 'alert-tag').toString(36).slice(0, 5);
  const contoso = tenant.id === tenantIds.contoso;
  const benchUser = layout.userIndexByKey.get('bench') ?? 0;
  const picker: Picker = {
    layout,
    seed,
    busyUser: scenario === 'large' ? { index: benchUser, share: 0.05 } : null,
  };
  let specs: AlertSpec[] | null = null;
  let count = 0;
  const keys = new Map<string, number>();
  if (!contoso || scenario === 'fresh') specs = [];
  else if (scenario === 'large') count = LARGE_ALERTS;
  else if (scenario === 'active-attack') specs = activeAttackAlerts(picker, epoch);
  else specs = contosoAlerts(picker, epoch, scenario === 'contoso' ? 36 : 24);
  if (specs) {
    count = specs.length;
    specs.forEach((s, i) => {
      if ('key' in s && typeof s.key === 'string') keys.set(s.key, i);
    });
  }
  const recent = new Map<number, AlertSpec>();
  const pattern = new RegExp(`^a(\\d+)-${tag}$`);
  const world: AlertWorld = {
    scenario,
    directory,
    tag,
    count,
    keys,
    spec(i) {
      if (specs) {
        const spec = specs[i];
        if (!spec) throw new Error(`No alert ${i}`);
        return spec;
      }
      let spec = recent.get(i);
      if (!spec) {
        spec = evenAlert(picker, i, LARGE_ALERTS, LARGE_DAYS, epoch);
        if (recent.size > 2_000) recent.clear();
        recent.set(i, spec);
      }
      return spec;
    },
    idOf: (i) => `a${i}-${tag}`,
    indexOfId(id) {
      const match = pattern.exec(id);
      if (!match?.[1]) return undefined;
      const i = Number(match[1]);
      return String(i) === match[1] && i < count ? i : undefined;
    },
  };
  worlds.set(key, world);
  return world;
}

/** The world's index, built on first use and shared by every later request. */
export function alertIndex(world: AlertWorld): Promise<AlertIndex> {
  let index = indexes.get(world);
  if (!index) {
    index = buildIndex(world);
    indexes.set(world, index);
  }
  return index;
}

async function buildIndex(world: AlertWorld): Promise<AlertIndex> {
  const n = world.count;
  const starts = new Float64Array(n);
  const detection = new Uint8Array(n);
  const severity = new Uint8Array(n);
  const bucket = new Uint8Array(n);
  const prefix = new Int32Array((n + 1) * BUCKETS);
  // Entity → alerts as one array sorted by entity (counting sort): no small array per entity.
  const pairs: number[] = [];
  const began = performance.now();
  await inSlices(
    n,
    (i) => {
      const spec = world.spec(i);
      starts[i] = spec.start;
      detection[i] = detectionIndex.get(spec.detection.id) ?? 0;
      severity[i] = severityCodes.indexOf(spec.severity);
      const b = bucketOf(spec.status, spec.severity);
      bucket[i] = b;
      for (let k = 0; k < BUCKETS; k++) prefix[(i + 1) * BUCKETS + k] = prefix[i * BUCKETS + k]!;
      prefix[(i + 1) * BUCKETS + b]! += 1;
      for (const code of entitiesOf(spec)) pairs.push(code, i);
    },
    8,
    64,
  );
  const bucketLists: number[][] = Array.from({ length: BUCKETS }, () => []);
  const detectionLists = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    bucketLists[bucket[i]!]!.push(i);
    const d = detection[i]!;
    let list = detectionLists.get(d);
    if (!list) detectionLists.set(d, (list = []));
    list.push(i);
  }
  const byDetection = new Map<number, { indices: Int32Array; prefix: Int32Array }>();
  for (const [d, list] of detectionLists) {
    const p = new Int32Array((list.length + 1) * BUCKETS);
    list.forEach((i, k) => {
      for (let b = 0; b < BUCKETS; b++) p[(k + 1) * BUCKETS + b] = p[k * BUCKETS + b]!;
      p[(k + 1) * BUCKETS + bucket[i]!]! += 1;
    });
    byDetection.set(d, { indices: Int32Array.from(list), prefix: p });
  }
  const { layout } = world.directory;
  const codes = 3 * Math.max(layout.users.count, layout.computers.count, layout.groups.count) + 3;
  const offsets = new Int32Array(codes + 1);
  for (let k = 0; k < pairs.length; k += 2) offsets[pairs[k]! + 1]! += 1;
  for (let c = 0; c < codes; c++) offsets[c + 1]! += offsets[c]!;
  const fill = offsets.slice(0, codes);
  const alertsByEntity = new Int32Array(pairs.length / 2);
  // Pairs come in alert order, so each entity's alerts stay oldest first.
  for (let k = 0; k < pairs.length; k += 2) alertsByEntity[fill[pairs[k]!]!++] = pairs[k + 1]!;
  const entityAlerts = (code: number) =>
    code >= 0 && code < codes
      ? alertsByEntity.subarray(offsets[code]!, offsets[code + 1]!)
      : new Int32Array(0);
  return {
    starts,
    detection,
    severity,
    bucket,
    prefix,
    byBucket: bucketLists.map((l) => Int32Array.from(l)),
    byDetection,
    entityAlerts,
    buildMs: performance.now() - began,
  };
}

/** How many of the sorted `values` are ≤ `limit` (binary search). */
export function countAtMost(values: ArrayLike<number>, limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of the sorted `values` are < `limit`. */
export function countBelow(values: ArrayLike<number>, limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
