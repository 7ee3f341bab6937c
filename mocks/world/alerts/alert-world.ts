import { detections } from '../../../src/api/contracts/detections';
import type { ScenarioName } from '../../../src/api/contracts/vocabulary';
import { tenantIds, type DirectoryTenant } from '../../identity/directory';
import { hash } from '../hash';
import { directoryWorld, type DirectoryWorld } from '../directory/directory-world';
import { inSlices } from '../yield';
import { evenAlert, scatteredAlerts } from './generate';
import { entitiesOf, type AlertSpec, type Picker } from './spec';
import { activeAttackAlerts } from './story';

/** Status buckets: open alerts by severity, then closed and suppressed. */
export const OPEN_HIGH = 0;
export const OPEN_MEDIUM = 1;
export const OPEN_LOW = 2;
export const CLOSED = 3;
export const SUPPRESSED = 4;
export const BUCKETS = 5;

export function bucketOf(
  status: AlertSpec['status'],
  severity: AlertSpec['detection']['severity'],
) {
  if (status === 'Closed') return CLOSED;
  if (status === 'Suppressed') return SUPPRESSED;
  return severity === 'High' ? OPEN_HIGH : severity === 'Medium' ? OPEN_MEDIUM : OPEN_LOW;
}

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
  bucket: Uint8Array;
  /** prefix[k * BUCKETS + b]: alerts of bucket b among the first k. */
  prefix: Int32Array;
  byBucket: Int32Array[];
  byDetection: Map<number, { indices: Int32Array; prefix: Int32Array }>;
  byEntity: Map<number, Int32Array>;
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
  const seed = `${layout.seed}:alerts:${scenario}`;
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
  else specs = scatteredAlerts(picker, scenario === 'contoso' ? 36 : 24, 30, epoch);
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
  const bucket = new Uint8Array(n);
  const prefix = new Int32Array((n + 1) * BUCKETS);
  const entityLists = new Map<number, number[]>();
  const began = performance.now();
  await inSlices(
    n,
    (i) => {
      const spec = world.spec(i);
      starts[i] = spec.start;
      detection[i] = detectionIndex.get(spec.detection.id) ?? 0;
      const b = bucketOf(spec.status, spec.detection.severity);
      bucket[i] = b;
      for (let k = 0; k < BUCKETS; k++) prefix[(i + 1) * BUCKETS + k] = prefix[i * BUCKETS + k]!;
      prefix[(i + 1) * BUCKETS + b]! += 1;
      for (const code of entitiesOf(spec)) {
        let list = entityLists.get(code);
        if (!list) entityLists.set(code, (list = []));
        list.push(i);
      }
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
  const byEntity = new Map<number, Int32Array>();
  for (const [code, list] of entityLists) byEntity.set(code, Int32Array.from(list));
  return {
    starts,
    detection,
    bucket,
    prefix,
    byBucket: bucketLists.map((l) => Int32Array.from(l)),
    byDetection,
    byEntity,
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
