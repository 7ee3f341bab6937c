import { dayOf } from '../../src/api/contracts/reports';
import type { Severity } from '../../src/api/contracts/vocabulary';
import { tenantHealthIssues } from '../store/health-records';
import { tenantSensors } from '../store/sensor-records';
import type { WorkbookSheet } from '../workbook/workbook';
import type { ReportWindow } from '../world/reports/range';
import { alertsStartedIn } from './alert-feed';
import type { ReportContext } from './report-context';

const severityOrder: Record<Severity, number> = { High: 0, Medium: 1, Low: 2 };

/**
 * Summary (catalog §7.1): what was detected in the window, the open suspicious activities by type
 * and the open health issues by type. Alerts count when they started in the window; health issues
 * when they were seen in it and are open now.
 */
export async function summarySheets(
  ctx: ReportContext,
  window: ReportWindow,
): Promise<WorkbookSheet[]> {
  const alerts = await alertsStartedIn(ctx, window.from - 1, window.to - 1);
  const open = alerts.filter((a) => a.status === 'Open');
  const issues = tenantHealthIssues(ctx.state, ctx.tenant, ctx.tenantState, ctx.now).filter(
    (i) => i.firstSeen < window.to && i.lastSeen >= window.from,
  );
  const raised = issues.filter((i) => i.firstSeen >= window.from);
  const openIssues = issues.filter((i) => i.status === 'Open');
  const sensors = tenantSensors(ctx.state, ctx.tenant, ctx.tenantState, ctx.now);
  const sensorNames = new Map(sensors.map((s) => [s.id, s.name]));
  const count = (status: string) => alerts.filter((a) => a.status === status).length;
  const openOf = (severity: Severity) => open.filter((a) => a.severity === severity).length;

  const byDetection = new Map<string, typeof open>();
  for (const alert of open) {
    const list = byDetection.get(alert.detectionId) ?? [];
    list.push(alert);
    byDetection.set(alert.detectionId, list);
  }
  const detectionRows = [...byDetection.values()]
    .map((list) => {
      const first = list[0]!;
      const starts = list.map((a) => a.startedAt);
      return {
        first,
        row: [
          first.title,
          first.detectionId,
          first.severity,
          first.phase,
          list.length,
          new Date(Math.min(...starts)),
          new Date(Math.max(...starts)),
        ],
      };
    })
    .sort(
      (a, b) =>
        severityOrder[a.first.severity] - severityOrder[b.first.severity] ||
        Number(b.row[4]) - Number(a.row[4]) ||
        a.first.title.localeCompare(b.first.title),
    )
    .map((d) => d.row);

  const byIssue = new Map<string, typeof openIssues>();
  for (const issue of openIssues) {
    const list = byIssue.get(issue.title) ?? [];
    list.push(issue);
    byIssue.set(issue.title, list);
  }
  const issueRows = [...byIssue.values()]
    .map((list) => {
      const first = list[0]!;
      const names = [
        ...new Set(list.map((i) => (i.sensorId ? (sensorNames.get(i.sensorId) ?? '') : ''))),
      ]
        .filter(Boolean)
        .sort();
      return {
        first,
        row: [
          first.title,
          first.severity,
          list.length,
          names.join(', '),
          new Date(Math.min(...list.map((i) => i.firstSeen))),
        ],
      };
    })
    .sort(
      (a, b) =>
        severityOrder[a.first.severity] - severityOrder[b.first.severity] ||
        a.first.title.localeCompare(b.first.title),
    )
    .map((d) => d.row);

  const period = `${dayOf(window.from)} to ${dayOf(window.to - 1)} (UTC)`;
  return [
    {
      name: 'Summary',
      heading: ['Vigil summary report', period],
      columns: ['Item', 'Count'],
      rows: [
        ['Security alerts raised', alerts.length],
        ['Open security alerts', open.length],
        ['Open, high severity', openOf('High')],
        ['Open, medium severity', openOf('Medium')],
        ['Open, low severity', openOf('Low')],
        ['Closed security alerts', count('Closed')],
        ['Suppressed security alerts', count('Suppressed')],
        ['Health issues raised', raised.length],
        ['Open health issues', openIssues.length],
        ['Sensors', sensors.length],
      ],
    },
    {
      name: 'Open suspicious activities',
      columns: [
        'Type',
        'Detection ID',
        'Severity',
        'Phase',
        'Open alerts',
        'First started (UTC)',
        'Last started (UTC)',
      ],
      rows: detectionRows,
    },
    {
      name: 'Open health issues',
      columns: ['Health issue', 'Severity', 'Open issues', 'Sensors', 'First seen (UTC)'],
      rows: issueRows,
    },
  ];
}
