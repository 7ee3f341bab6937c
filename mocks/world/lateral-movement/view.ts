import type {
  LateralMovementEdge,
  LateralMovementEdgeKind,
  LateralMovementNode,
  LateralMovementPaths,
} from '../../../src/api/contracts/lateral-movement';
import { COMPUTER, kindCode, USER } from '../directory/codes';
import type { DirectoryWorld } from '../directory/directory-world';
import { dayScan, DAY_MS, HISTORY_DAYS, latestPathDay, pathsOf } from './lateral-movement';

export const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const dayOf = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

/** The days "View a different date" offers, oldest and newest. */
export function dateRange(now: number) {
  const today = Math.floor(now / DAY_MS);
  return { earliest: today - HISTORY_DAYS + 1, latest: today };
}

function edgeKind(from: number, to: number): LateralMovementEdgeKind {
  if (kindCode(from) === COMPUTER) return 'Logged into by';
  return kindCode(to) === COMPUTER ? 'Administrator on' : 'Member of';
}

/** The paths tab of one entity on one day: nodes, edges and paths agree by construction. */
export async function lateralMovementView(
  world: DirectoryWorld,
  code: number,
  now: number,
  date: string | undefined,
): Promise<LateralMovementPaths> {
  const { earliest, latest } = dateRange(now);
  const recent = await latestPathDay(world, code, now);
  const day = date ? dayOf(date) : (recent ?? latest);
  const scan = await dayScan(world, day);
  const paths = pathsOf(scan, code);
  const target = scan.trees.has(code);

  const nodes = new Map<number, LateralMovementNode>();
  const edges = new Map<string, LateralMovementEdge>();
  const sources = new Set(paths.map((p) => p[0]!));
  const targets = new Set(paths.map((p) => p[p.length - 1]!));
  for (const path of paths) {
    path.forEach((c, i) => {
      if (!nodes.has(c)) {
        nodes.set(c, {
          id: world.idOf(c),
          entity: world.ref(c, now),
          role: targets.has(c) ? 'Target' : sources.has(c) ? 'Source' : 'En route',
        });
      }
      const next = path[i + 1];
      if (next === undefined) return;
      const id = `${world.idOf(c)}>${world.idOf(next)}`;
      if (!edges.has(id))
        edges.set(id, {
          id,
          from: world.idOf(c),
          to: world.idOf(next),
          kind: edgeKind(c, next),
        });
    });
  }
  const codes = [...nodes.keys()];
  return {
    entity: world.ref(code, now),
    view: target ? 'Sensitive' : 'Non-sensitive',
    onPath: recent !== null,
    date: isoDay(day),
    mostRecentDate: recent === null ? null : isoDay(recent),
    earliestDate: isoDay(earliest),
    latestDate: isoDay(latest),
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    paths: paths.map((p, i) => ({ id: `p${i + 1}`, nodes: p.map((c) => world.idOf(c)) })),
    tiles: {
      targets: targets.size,
      nonSensitiveUsers: codes.filter((c) => kindCode(c) === USER && !targets.has(c)).length,
      computers: codes.filter((c) => kindCode(c) === COMPUTER).length,
    },
    asOf: new Date(now).toISOString(),
  };
}
