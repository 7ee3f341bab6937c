import {
  activitySummaryTileTypes as summaryTileTypes,
  activityTypeGroups,
  type Activity,
  type ActivityGroup,
  type ActivitySummary,
  type ActivityType,
  type EntityRef,
} from '../../../src/api/contracts/entities';
import { hash, unit } from '../hash';
import { inSlices, yieldToPage } from '../yield';
import { COMPUTER, GROUP, indexOf, kindCode, USER } from './codes';
import { computerRoleOf } from './computers';
import type { DirectoryWorld } from './directory-world';
import { draftLine } from './activity-lines';
import { scriptedLogonsOf } from './scripted-logons';
import { userRecord } from './users';

export const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
export const HISTORY_DAYS = 180;
const SLICE_MS = 8;

const groupOfType = new Map<ActivityType, ActivityGroup>(
  (Object.entries(activityTypeGroups) as [ActivityGroup, readonly ActivityType[]][]).flatMap(
    ([group, types]) => types.map((t) => [t, group] as const),
  ),
);

/**
 * The most lines an entity has in a day (it has between 0 and this many): domain controllers and
 * the benchmark's account are busy (over 10,000 lines in 180 days, for the scrolling benchmark),
 * servers less, people and workstations a dozen, disabled accounts a couple, groups rarely one.
 */
function dailyMaximum(world: DirectoryWorld, code: number, day: number, weekend: boolean): number {
  const kind = kindCode(code);
  const index = indexOf(code);
  if (kind === GROUP) return unit(world.layout.seed, 'group-activity', code, day) < 0.1 ? 1 : 0;
  if (kind === USER) {
    if (index === world.layout.userIndexByKey.get('bench')) return weekend ? 80 : 160;
    const inactive = userRecord(world.layout, index).adTags.some(
      (t) => t === 'Disabled' || t === 'Deleted',
    );
    return inactive ? 2 : weekend ? 3 : 12;
  }
  const role = computerRoleOf(world.layout, index);
  if (role === 'Domain controller') return weekend ? 80 : 160;
  if (role === 'Server') return weekend ? 6 : 24;
  return weekend ? 3 : 12;
}

/** Minutes (ms, newest first) of the entity's logical activities on UTC day `day`; one per minute. */
export function minutesOf(world: DirectoryWorld, code: number, day: number): number[] {
  const { seed } = world.layout;
  const weekend = [0, 6].includes(new Date(day * DAY_MS).getUTCDay());
  const count =
    hash(seed, 'activity-count', code, day) % (dailyMaximum(world, code, day, weekend) + 1);
  const minutes = new Set<number>();
  for (let n = 0; n < count; n++) {
    const h = hash(seed, 'activity-minute', code, day, n);
    const minute = h % 100 < 80 ? 420 + ((h >>> 8) % 720) : (h >>> 8) % 1_440;
    minutes.add(day * DAY_MS + minute * MINUTE_MS);
  }
  for (const logon of scriptedLogonsOf(world.layout, code))
    minutes.add(day * DAY_MS + logon.minute * MINUTE_MS);
  return [...minutes].sort((a, b) => b - a);
}

/** When the entity was last active (its newest line up to `now`), or null with no line in 180 days. */
export function lastActivityAt(world: DirectoryWorld, code: number, now: number): number | null {
  const lower = historyStartOf(now);
  for (let day = Math.floor(now / DAY_MS); day * DAY_MS + DAY_MS > lower; day--) {
    const minute = minutesOf(world, code, day).find((m) => m <= now && m >= lower);
    if (minute !== undefined) return minute;
  }
  return null;
}

export interface ActivityWindow {
  /** Exclusive upper bound (ms). */
  before: number;
  /** Inclusive lower bound (ms). */
  from: number;
  types: ReadonlySet<ActivityType> | null;
}

/** The history kept: 180 days before now (to the minute). */
export function historyStartOf(now: number) {
  return Math.floor((now - HISTORY_DAYS * DAY_MS) / MINUTE_MS) * MINUTE_MS;
}

/**
 * Walks the entity's activities newest first inside the window, day by day: any page is computed
 * from its own days only. `visit` returns false to stop.
 */
export async function walkActivities(
  world: DirectoryWorld,
  code: number,
  now: number,
  window: ActivityWindow,
  visit: (activity: Activity) => boolean,
): Promise<void> {
  const refs = new Map<number, EntityRef>();
  const ref = (c: number) => {
    let r = refs.get(c);
    if (!r) refs.set(c, (r = world.ref(c, now)));
    return r;
  };
  const entityId = world.idOf(code);
  const upper = Math.min(window.before, now + 1);
  const lower = Math.max(window.from, historyStartOf(now));
  let sliceStart = performance.now();
  for (let day = Math.floor((upper - 1) / DAY_MS); day * DAY_MS + DAY_MS > lower; day--) {
    // A long page, an export or a rare type's filter walks many days: let the page run meanwhile.
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
    for (const minute of minutesOf(world, code, day)) {
      if (minute >= upper || minute < lower) continue;
      const draft = draftLine(world, code, minute, ref);
      if (window.types && !window.types.has(draft.type)) continue;
      const activity: Activity = {
        id: `${entityId}-${minute / MINUTE_MS}`,
        at: new Date(minute).toISOString(),
        type: draft.type,
        group: groupOfType.get(draft.type) ?? 'Logon operations',
        sentence: draft.sentence,
        occurrences: 1 + (hash(world.layout.seed, 'occurrences', code, minute) % 4),
        protocol: draft.protocol,
        sourceIp: draft.sourceIp,
        result: draft.result,
      };
      if (!visit(activity)) return;
    }
  }
}

/** The tiles over the Activities tab, counted from the same lines the list shows (180 days). */
export async function activitySummary(
  world: DirectoryWorld,
  code: number,
  now: number,
): Promise<ActivitySummary> {
  const sets = {
    loggedOn: new Set<string>(),
    accessedResources: new Set<string>(),
    vpnLocations: new Set<string>(),
    ips: new Set<string>(),
  };
  const logonTypes = new Set<ActivityType>(summaryTileTypes.usedIpAddresses);
  // The tiles count counterparts by id: the sentences' links (and their pills) aren't needed.
  const ref = (): EntityRef => ({ id: '', kind: 'User', name: '', domain: '', tags: [] });
  const upper = now + 1;
  const lower = historyStartOf(now);
  const today = Math.floor(now / DAY_MS);
  const days = today - Math.floor(lower / DAY_MS) + 1;
  // A busy entity has ~11,000 lines: counted a day at a time, yielding to the page between slices.
  await inSlices(
    days,
    (d) => {
      const day = today - d;
      for (const minute of minutesOf(world, code, day)) {
        if (minute >= upper || minute < lower) continue;
        const draft = draftLine(world, code, minute, ref);
        const key = draft.counterpart;
        if (key && (summaryTileTypes.loggedOn as readonly string[]).includes(draft.type))
          sets.loggedOn.add(key);
        if (key && (summaryTileTypes.accessedResources as readonly string[]).includes(draft.type))
          sets.accessedResources.add(key);
        if (key && draft.type === 'VPN Connection') sets.vpnLocations.add(key);
        if (draft.sourceIp && logonTypes.has(draft.type)) sets.ips.add(draft.sourceIp);
      }
    },
    8,
    1,
  );
  const kind = kindCode(code);
  return {
    /** Filled in by the handler from the alerts (the directory world knows none). */
    openAlerts: 0,
    loggedOn: sets.loggedOn.size,
    accessedResources: sets.accessedResources.size,
    vpnLocations: sets.vpnLocations.size,
    usedIpAddresses: kind === COMPUTER ? sets.ips.size : null,
  };
}
