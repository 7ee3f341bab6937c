import type { EntityRef } from '../../../src/api/contracts/entities';
import { minutesOf } from '../directory/activities';
import { draftLine } from '../directory/activity-lines';
import { codeOf, GROUP, indexOf, kindCode, kinds, USER } from '../directory/codes';
import type { DirectoryWorld } from '../directory/directory-world';
import { fixedUsers } from '../directory/fixed';
import { membersRecursive } from '../directory/walks';
import { inSlices } from '../yield';
import { localAdminsOf } from './local-admins';
import { pathsThrough, targetTree, type PathGraph, type TargetTree } from './paths';

export const DAY_MS = 86_400_000;
/** Paths found on a day are kept this long (catalog §8.7): today's and yesterday's count. */
export const RETENTION_DAYS = 2;
/** How far back "View a different date" and the report go (catalog §7.1). */
export const HISTORY_DAYS = 60;

/**
 * The paths found on one UTC day: a scan at 00:00 over the previous day's logons, toward every
 * sensitive user. Built once per world and day (in slices that yield to the page), then indexed
 * by the entities on each path.
 */
export interface DayScan {
  day: number;
  trees: Map<number, TargetTree>;
  /** Entity (code, not a target) → the targets whose paths it is on. */
  onPathsTo: Map<number, number[]>;
}

interface LmpWorld {
  targets: number[];
  graphOf(day: number): PathGraph;
  scans: Map<number, Promise<DayScan>>;
  sensitive: Map<number, boolean>;
}

const worlds = new WeakMap<DirectoryWorld, LmpWorld>();
const stubRef: EntityRef = { id: '', kind: 'User', name: '', domain: '', tags: [] };

/** Sensitive users: nested members of the built-in sensitive groups, and replication rights. */
function sensitiveUsers(world: DirectoryWorld): number[] {
  const found = new Set<number>();
  world.layout.groups.builtins.forEach((_, group) => {
    for (const r of membersRecursive(world.graph, group))
      if (kindCode(r.code) === USER) found.add(r.code);
  });
  fixedUsers.forEach((u, i) => {
    if (u.replication && i < world.layout.users.count) found.add(codeOf(USER, i));
  });
  return [...found].sort((a, b) => a - b);
}

function lmpWorld(world: DirectoryWorld): LmpWorld {
  let lmp = worlds.get(world);
  if (lmp) return lmp;
  const sensitive = new Map<number, boolean>();
  const isSensitive = (code: number) => {
    let s = sensitive.get(code);
    if (s === undefined) sensitive.set(code, (s = world.reasons(code).length > 0));
    return s;
  };
  const kindOf = (code: number) => kinds[kindCode(code)] ?? 'User';
  lmp = {
    targets: sensitiveUsers(world),
    sensitive,
    scans: new Map(),
    graphOf(day) {
      const logons = new Map<number, number[]>();
      return {
        kindOf,
        isSensitive,
        logonsOf(user) {
          let list = logons.get(user);
          if (list) return list;
          const found = new Set<number>();
          // The scan of `day` reads the logons of the day before.
          for (const minute of minutesOf(world, user, day - 1)) {
            const to = draftLine(world, user, minute, () => stubRef).logonTo;
            if (to !== undefined) found.add(to);
          }
          list = [...found].sort((a, b) => a - b);
          logons.set(user, list);
          return list;
        },
        adminsOf: (computer) => localAdminsOf(world.layout, indexOf(computer)),
        membersOf: (group) => world.graph.membersOf(indexOf(group)),
      };
    },
  };
  worlds.set(world, lmp);
  return lmp;
}

/** The scan of UTC day `day` (memoised per world). */
export function dayScan(world: DirectoryWorld, day: number): Promise<DayScan> {
  const lmp = lmpWorld(world);
  let scan = lmp.scans.get(day);
  if (!scan) {
    scan = (async () => {
      const graph = lmp.graphOf(day);
      const trees = new Map<number, TargetTree>();
      const onPathsTo = new Map<number, number[]>();
      await inSlices(
        lmp.targets.length,
        (i) => {
          const target = lmp.targets[i]!;
          const tree = targetTree(graph, target);
          if (!tree.next.size) return;
          trees.set(target, tree);
          for (const code of tree.next.keys()) {
            const list = onPathsTo.get(code);
            if (list) list.push(target);
            else onPathsTo.set(code, [target]);
          }
        },
        8,
        1,
      );
      return { day, trees, onPathsTo };
    })();
    lmp.scans.set(day, scan);
  }
  return scan;
}

/** The paths (codes, source first, target last) an entity is on in a day's scan. */
export function pathsOf(scan: DayScan, code: number): number[][] {
  const own = scan.trees.get(code);
  if (own) return pathsThrough(own);
  return (scan.onPathsTo.get(code) ?? []).flatMap((target) =>
    pathsThrough(scan.trees.get(target)!, code),
  );
}

/** Whether the entity is a target (a sensitive user with paths toward it) in the scan. */
export const isTargetIn = (scan: DayScan, code: number) => scan.trees.has(code);

/** The most recent day within the retention window on which the entity is on a path, or null. */
export async function latestPathDay(
  world: DirectoryWorld,
  code: number,
  now: number,
): Promise<number | null> {
  const today = Math.floor(now / DAY_MS);
  for (let day = today; day > today - RETENTION_DAYS; day--) {
    const scan = await dayScan(world, day);
    if (scan.trees.has(code) || scan.onPathsTo.has(code)) return day;
  }
  return null;
}

export const isGroup = (code: number) => kindCode(code) === GROUP;
