import type { EntityRef } from '../../src/api/contracts/entities';
import type { WorkbookSheet } from '../workbook/workbook';
import type { DirectoryWorld } from '../world/directory/directory-world';
import { dayScan, DAY_MS } from '../world/lateral-movement/lateral-movement';
import { pathsThrough } from '../world/lateral-movement/paths';
import { daysOf, inWindow, type ReportWindow } from '../world/reports/range';

/** One path toward a sensitive account, as the day's scan found it. */
export interface PathRow {
  day: number;
  target: EntityRef;
  source: EntityRef;
  steps: number;
  /** "CLIENT12 → Logged into by Ron Harper → Member of Tier0 Helpdesk …" */
  spelled: string;
  users: number;
  computers: number;
}

/** Days whose scan (made at 00:00 UTC) falls in the window and has happened by `now`. */
const scanDays = (window: ReportWindow, now: number) =>
  daysOf(window).filter((day) => inWindow(day * DAY_MS, window) && day * DAY_MS <= now);

/**
 * Lateral movement paths to sensitive accounts discovered in the window (catalog §7.1): every
 * path of every day's scan, one row each. Paths are kept 60 days (the report's history).
 */
export async function pathRows(
  world: DirectoryWorld,
  window: ReportWindow,
  now: number,
): Promise<PathRow[]> {
  const refs = new Map<number, EntityRef>();
  const ref = (code: number) => {
    let r = refs.get(code);
    if (!r) refs.set(code, (r = world.ref(code, now)));
    return r;
  };
  const rows: PathRow[] = [];
  for (const day of scanDays(window, now)) {
    const scan = await dayScan(world, day);
    for (const [target, tree] of scan.trees) {
      for (const path of pathsThrough(tree)) {
        const on = path.map(ref);
        rows.push({
          day: day * DAY_MS,
          target: ref(target),
          source: on[0]!,
          steps: path.length - 1,
          spelled: path
            .map((code, i) =>
              i === 0 ? ref(code).name : `${tree.next.get(path[i - 1]!)?.kind} ${ref(code).name}`,
            )
            .join(' → '),
          users: on.filter((e, i) => e.kind === 'User' && i < on.length - 1).length,
          computers: on.filter((e) => e.kind === 'Computer').length,
        });
      }
    }
  }
  return rows;
}

/** The first day in the window whose scan found a path (ms), or null; stops at the first. */
export async function firstPathDay(
  world: DirectoryWorld,
  window: ReportWindow,
  now: number,
): Promise<number | null> {
  for (const day of scanDays(window, now)) {
    if ((await dayScan(world, day)).trees.size > 0) return day * DAY_MS;
  }
  return null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function pathSheets(rows: PathRow[]): WorkbookSheet[] {
  const average = (pick: (r: PathRow) => number) =>
    rows.length ? round1(rows.reduce((sum, r) => sum + pick(r), 0) / rows.length) : 0;
  const distinct = (pick: (r: PathRow) => string) => new Set(rows.map(pick)).size;
  return [
    {
      name: 'Summary',
      columns: ['Measure', 'Value'],
      rows: [
        ['Sensitive accounts with paths', distinct((r) => r.target.id)],
        ['Paths', rows.length],
        ['Sources (non-sensitive entities starting a path)', distinct((r) => r.source.id)],
        ['Average steps per path', average((r) => r.steps)],
        ['Average non-sensitive users per path', average((r) => r.users)],
        ['Average computers per path', average((r) => r.computers)],
      ],
    },
    {
      name: 'Details',
      columns: ['Date', 'Sensitive account', 'Domain', 'Source', 'Source type', 'Steps', 'Path'],
      rows: rows.map((r) => [
        new Date(r.day).toISOString().slice(0, 10),
        r.target.name,
        r.target.domain,
        r.source.name,
        r.source.kind,
        r.steps,
        r.spelled,
      ]),
    },
  ];
}
