import type { AlertCounts, AlertFilter, AlertStatus } from '../../../src/api/contracts/alerts';
import type { AlertChange, StoredExclusion, TenantState } from '../../store/state';
import {
  alertIndex,
  bucketOf,
  BUCKETS,
  CLOSED,
  countAtMost,
  countBelow,
  detectionIndex,
  OPEN_HIGH,
  severityCodes,
  OPEN_LOW,
  OPEN_MEDIUM,
  SUPPRESSED,
  type AlertIndex,
  type AlertWorld,
} from './alert-world';
import { entitiesOf, type AlertSpec } from './spec';

/** An alert as the tenant sees it now: the generated alert with the store's changes applied. */
export interface AlertState {
  /** Not shown: not started yet, deleted, deleted with its type, or its entity excluded. */
  hidden: boolean;
  status: AlertStatus;
  bucket: number;
  change: AlertChange | undefined;
}

export const filterBuckets: Record<AlertFilter, readonly number[]> = {
  All: [OPEN_HIGH, OPEN_MEDIUM, OPEN_LOW, CLOSED, SUPPRESSED],
  Open: [OPEN_HIGH, OPEN_MEDIUM, OPEN_LOW],
  High: [OPEN_HIGH],
  Medium: [OPEN_MEDIUM],
  Low: [OPEN_LOW],
  Closed: [CLOSED],
  Suppressed: [SUPPRESSED],
};
const statusOfBucket = (b: number): AlertStatus =>
  b === CLOSED ? 'Closed' : b === SUPPRESSED ? 'Suppressed' : 'Open';

export interface AlertListQuery {
  filter: AlertFilter;
  /** Exclusive upper bound (an alert index); alerts before it, newest first. */
  before: number;
  /** Only alerts that started after this (ms). */
  since: number;
  limit: number;
}

/**
 * The tenant's alerts at `now`: what is visible (started by now, not deleted or excluded), each
 * alert's status, counts and pages. Costs O(stored changes) to set up; counts are the generated
 * prefix counts corrected by the changes, pages walk only the buckets the filter asks for.
 */
export interface AlertView {
  world: AlertWorld;
  index: AlertIndex;
  now: number;
  /** Alerts [0, visibleEnd) have started. */
  visibleEnd: number;
  state(i: number): AlertState;
  counts(entity?: number): AlertCounts;
  list(query: AlertListQuery, entity?: number): { items: number[]; more: boolean };
  /** Alerts of the entity that started in (from, to], newest first, visible only. */
  entityAlertsBetween(entity: number, from: number, to: number): number[];
}

export async function alertView(
  world: AlertWorld,
  tenant: TenantState,
  now: number,
): Promise<AlertView> {
  const index = await alertIndex(world);
  const { starts } = index;
  const visibleEnd = countAtMost(starts, now);
  const changes = new Map<number, AlertChange>();
  for (const [id, change] of Object.entries(tenant.alertChanges ?? {})) {
    const i = world.indexOfId(id);
    if (i !== undefined) changes.set(i, change);
  }
  const typeDeletes = new Map<number, number>();
  for (const [id, del] of Object.entries(tenant.alertTypeDeletes ?? {})) {
    const d = detectionIndex.get(id);
    if (d !== undefined) typeDeletes.set(d, del.through);
  }
  const exclusions = new Map<number, StoredExclusion[]>();
  for (const exclusion of tenant.exclusions ?? []) {
    const d = detectionIndex.get(exclusion.detectionId);
    if (d === undefined) continue;
    const list = exclusions.get(d) ?? [];
    list.push(exclusion);
    exclusions.set(d, list);
  }

  const matches = (exclusion: StoredExclusion, spec: AlertSpec) => {
    if (exclusion.kind === 'IP address') return spec.ip === exclusion.value;
    if (exclusion.kind === 'Domain') return spec.domain === exclusion.value;
    const code = exclusion.entityId ? world.directory.codeOfId(exclusion.entityId) : undefined;
    return code !== undefined && entitiesOf(spec).includes(code);
  };
  const excluded = (i: number) => {
    const list = exclusions.get(index.detection[i]!);
    if (!list) return false;
    const start = starts[i]!;
    const candidates = list.filter((e) => e.addedAt < start);
    if (!candidates.length) return false;
    const spec = world.spec(i);
    return candidates.some((e) => matches(e, spec));
  };
  const typeDeleted = (i: number) => {
    const through = typeDeletes.get(index.detection[i]!);
    return through !== undefined && starts[i]! <= through;
  };

  // Alerts whose state differs from the generated one: changed, or hidden by an exclusion.
  const affected = new Set<number>(changes.keys());
  for (const [d, list] of exclusions) {
    const of = index.byDetection.get(d);
    if (!of) continue;
    const earliest = Math.min(...list.map((e) => e.addedAt));
    const startAt = countWhere(of.indices, (i) => starts[i]! <= earliest);
    for (let k = startAt; k < of.indices.length; k++) {
      const i = of.indices[k]!;
      if (i >= visibleEnd) break;
      if (excluded(i)) affected.add(i);
    }
  }
  const affectedDesc = [...affected].sort((a, b) => b - a);

  const state = (i: number): AlertState => {
    const change = changes.get(i);
    const base = index.bucket[i]!;
    const severity = severityCodes[index.severity[i]!] ?? 'Medium';
    const status = change?.status ?? statusOfBucket(base);
    const hidden = i >= visibleEnd || !!change?.deleted || typeDeleted(i) || excluded(i);
    return {
      hidden,
      status,
      bucket: change?.status ? bucketOf(status, severity) : base,
      change,
    };
  };

  const toCounts = (b: ArrayLike<number>): AlertCounts => {
    const open = b[OPEN_HIGH]! + b[OPEN_MEDIUM]! + b[OPEN_LOW]!;
    return {
      All: open + b[CLOSED]! + b[SUPPRESSED]!,
      Open: open,
      High: b[OPEN_HIGH]!,
      Medium: b[OPEN_MEDIUM]!,
      Low: b[OPEN_LOW]!,
      Closed: b[CLOSED]!,
      Suppressed: b[SUPPRESSED]!,
    };
  };

  const counts = (entity?: number): AlertCounts => {
    const b = new Array<number>(BUCKETS).fill(0);
    if (entity !== undefined) {
      for (const i of index.entityAlerts(entity)) {
        if (i >= visibleEnd) break;
        const s = state(i);
        if (!s.hidden) b[s.bucket]! += 1;
      }
      return toCounts(b);
    }
    for (let k = 0; k < BUCKETS; k++) b[k] = index.prefix[visibleEnd * BUCKETS + k]!;
    for (const [d, through] of typeDeletes) {
      const of = index.byDetection.get(d);
      if (!of) continue;
      const limit = Math.min(through, now);
      const n = countWhere(of.indices, (i) => starts[i]! <= limit);
      for (let k = 0; k < BUCKETS; k++) b[k]! -= of.prefix[n * BUCKETS + k]!;
    }
    for (const i of affected) {
      if (i >= visibleEnd || typeDeleted(i)) continue;
      b[index.bucket[i]!]! -= 1;
      const s = state(i);
      if (!s.hidden) b[s.bucket]! += 1;
    }
    return toCounts(b);
  };

  const list = (query: AlertListQuery, entity?: number) => {
    const wanted = new Set(filterBuckets[query.filter]);
    const upper = Math.min(visibleEnd, query.before);
    const items: number[] = [];
    let more = false;
    const take = (i: number): boolean => {
      if (starts[i]! <= query.since) return false;
      const s = state(i);
      if (s.hidden || !wanted.has(s.bucket)) return true;
      if (items.length === query.limit) {
        more = true;
        return false;
      }
      items.push(i);
      return true;
    };
    if (entity !== undefined) {
      const of = index.entityAlerts(entity);
      for (let k = countBelow(of, upper) - 1; k >= 0; k--) if (!take(of[k]!)) break;
      return { items, more };
    }
    // Merge, newest first, the generated alerts of the wanted buckets that no change touched and
    // the alerts that changes touched (their bucket may have moved).
    const lists = filterBuckets[query.filter].map((b) => index.byBucket[b]!);
    const heads = lists.map((l) => countBelow(l, upper) - 1);
    let a = affectedDesc.findIndex((i) => i < upper);
    if (a < 0) a = affectedDesc.length;
    for (;;) {
      let best = -1;
      let from = -1;
      for (let l = 0; l < lists.length; l++) {
        let h = heads[l]!;
        while (h >= 0 && affected.has(lists[l]![h]!)) h--;
        heads[l] = h;
        if (h >= 0 && lists[l]![h]! > best) {
          best = lists[l]![h]!;
          from = l;
        }
      }
      const changed = affectedDesc[a];
      if (changed !== undefined && changed > best) {
        best = changed;
        from = -2;
      }
      if (best < 0) break;
      if (from === -2) a++;
      else heads[from]! -= 1;
      if (!take(best)) break;
    }
    return { items, more };
  };

  const entityAlertsBetween = (entity: number, from: number, to: number) => {
    const of = index.entityAlerts(entity);
    const out: number[] = [];
    for (let k = of.length - 1; k >= 0; k--) {
      const i = of[k]!;
      const start = starts[i]!;
      if (start > to || i >= visibleEnd) continue;
      if (start <= from) break;
      if (!state(i).hidden) out.push(i);
    }
    return out;
  };

  return { world, index, now, visibleEnd, state, counts, list, entityAlertsBetween };
}

/** How many leading items satisfy `test` (which holds for a prefix of the sorted list). */
function countWhere(items: Int32Array, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
