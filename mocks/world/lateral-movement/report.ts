import type { LateralMovementPaths } from '../../../src/api/contracts/lateral-movement';
import type { WorkbookSheet } from '../../workbook/workbook';

export const summaryColumns = ['Measure', 'Value'] as const;
export const detailColumns = [
  'Sensitive account',
  'Domain',
  'Source',
  'Source type',
  'Steps',
  'Non-sensitive users on the path',
  'Computers on the path',
  'Path',
] as const;

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The "Lateral movements paths to sensitive accounts" report of one entity and day (catalog §7.1,
 * §7.2): a Summary tab with the counts and averages, and a Details tab with one row per path.
 */
export function lateralMovementReport(view: LateralMovementPaths): WorkbookSheet[] {
  const nodes = new Map(view.nodes.map((n) => [n.id, n]));
  const edges = new Map(view.edges.map((e) => [`${e.from}>${e.to}`, e.kind]));
  const details = view.paths.map((path) => {
    const on = path.nodes.map((id) => nodes.get(id)!);
    const target = on[on.length - 1]!;
    const source = on[0]!;
    const users = on.filter((n) => n.entity.kind === 'User' && n.role !== 'Target').length;
    const computers = on.filter((n) => n.entity.kind === 'Computer').length;
    const spelled = on
      .map((n, i) =>
        i === 0 ? n.entity.name : `${edges.get(`${on[i - 1]!.id}>${n.id}`)} ${n.entity.name}`,
      )
      .join(' → ');
    return [
      target.entity.name,
      target.entity.domain,
      source.entity.name,
      source.entity.kind,
      path.nodes.length - 1,
      users,
      computers,
      spelled,
    ];
  });
  const paths = view.paths.length;
  const average = (column: number) =>
    paths ? round1(details.reduce((sum, row) => sum + Number(row[column]), 0) / paths) : 0;
  return [
    {
      name: 'Summary',
      heading: [
        'Lateral movements paths to sensitive accounts',
        `${view.entity.name} (${view.entity.domain})`,
        `Paths found on ${view.date}`,
      ],
      columns: summaryColumns,
      rows: [
        ['Sensitive accounts', view.tiles.targets],
        ['Non-sensitive users on the paths', view.tiles.nonSensitiveUsers],
        ['Computers on the paths', view.tiles.computers],
        ['Paths', paths],
        ['Average steps per path', average(4)],
        ['Average non-sensitive users per path', average(5)],
        ['Average computers per path', average(6)],
      ],
    },
    { name: 'Details', columns: detailColumns, rows: details },
  ];
}
