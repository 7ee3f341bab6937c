import type { ReportId } from '../../src/api/contracts/scheduled-reports';
import type { WorkbookSheet } from '../workbook/workbook';
import { cleartextBinds } from '../world/reports/cleartext';
import type { ReportWindow } from '../world/reports/range';
import { groupModifications } from '../world/reports/sensitive-groups';
import { directoryOf, observes, type ReportContext } from './report-context';
import { firstPathDay, pathRows, pathSheets } from './paths-report';
import { summarySheets } from './summary-report';

/**
 * The four reports (catalog §7.1): each counts its rows for a window (the page greys a report
 * without any) and writes its workbook's tabs. Column layouts are ours: the catalog only names
 * the tabs (§16).
 */
/** Rows in a window (null: not counted, too costly to ask up front) and the first one's time. */
export interface ReportScan {
  rows: number | null;
  firstAt: number | null;
}

export interface ReportBuilder {
  /** Rows the workbook's main tab would hold (0 greys the report) and when the first one was. */
  scan(ctx: ReportContext, window: ReportWindow): ReportScan | Promise<ReportScan>;
  sheets(ctx: ReportContext, window: ReportWindow): WorkbookSheet[] | Promise<WorkbookSheet[]>;
}

function scanOf<T>(rows: readonly T[], at: (row: T) => number) {
  return { rows: rows.length, firstAt: rows.length ? Math.min(...rows.map(at)) : null };
}

const when = (ms: number) => new Date(ms);

const sensitiveGroups: ReportBuilder = {
  scan: (ctx, window) =>
    scanOf(observes(ctx) ? groupModifications(directoryOf(ctx), window, ctx.now) : [], (r) => r.at),
  sheets(ctx, window) {
    const rows = observes(ctx) ? groupModifications(directoryOf(ctx), window, ctx.now) : [];
    return [
      {
        name: 'Modifications',
        columns: [
          'Time (UTC)',
          'Group',
          'Group domain',
          'Change',
          'Member',
          'Member type',
          'Member domain',
          'Reported by',
        ],
        rows: rows.map((r) => [
          when(r.at),
          r.group.name,
          r.group.domain,
          r.change,
          r.member.name,
          r.member.kind,
          r.member.domain,
          r.reportedBy.name,
        ]),
      },
    ];
  },
};

const cleartextPasswords: ReportBuilder = {
  scan: (ctx, window) =>
    scanOf(
      observes(ctx) ? cleartextBinds(directoryOf(ctx), window, ctx.now) : [],
      (r) => r.firstAt,
    ),
  sheets(ctx, window) {
    const rows = observes(ctx) ? cleartextBinds(directoryOf(ctx), window, ctx.now) : [];
    return [
      {
        name: 'Cleartext passwords',
        columns: [
          'Date',
          'Account',
          'Account domain',
          'Source computer',
          'Source IP address',
          'Domain controller',
          'Protocol',
          'Simple binds',
          'First seen (UTC)',
          'Last seen (UTC)',
        ],
        rows: rows.map((r) => [
          new Date(r.day).toISOString().slice(0, 10),
          r.account.name,
          r.account.domain,
          r.sourceComputer.name,
          r.sourceIp,
          r.domainController.name,
          'LDAP simple bind',
          r.binds,
          when(r.firstAt),
          when(r.lastAt),
        ]),
      },
    ];
  },
};

const lateralMovementPaths: ReportBuilder = {
  // Each day's paths come from a scan of its logons (~1 s in large, then kept): whether a range
  // holds any needs only the first day with a path, so the rows are counted on download only.
  scan: async (ctx, window) => ({
    rows: null,
    firstAt: observes(ctx) ? await firstPathDay(directoryOf(ctx), window, ctx.now) : null,
  }),
  sheets: async (ctx, window) =>
    pathSheets(observes(ctx) ? await pathRows(directoryOf(ctx), window, ctx.now) : []),
};

const summary: ReportBuilder = {
  // A quiet period still has a summary (its counts are zeros): never greyed. Its tabs are
  // counted as it is made (the alerts of 180 days in large are not walked to answer the page).
  scan: (_ctx, window) => ({ rows: null, firstAt: window.to > window.from ? window.from : null }),
  sheets: summarySheets,
};

export const reportBuilders: Record<ReportId, ReportBuilder> = {
  summary,
  'sensitive-groups': sensitiveGroups,
  'cleartext-passwords': cleartextPasswords,
  'lateral-movement-paths': lateralMovementPaths,
};
