import {
  addDays,
  DAY_MS,
  dayOf,
  dayStart,
  reportHistoryDays,
} from '../../src/api/contracts/reports';
import type { ReportId } from '../../src/api/contracts/scheduled-reports';
import type { DirectoryTenant } from '../identity/directory';
import { scenarioEpoch } from '../store/clock';
import { tenantSensors } from '../store/sensor-records';
import type { MockState, TenantState } from '../store/state';
import { directoryWorld, type DirectoryWorld } from '../world/directory/directory-world';
import type { ReportWindow } from '../world/reports/range';

/** Everything a report is computed from: the tenant, its stored changes and the service's now. */
export interface ReportContext {
  state: MockState;
  tenant: DirectoryTenant;
  tenantState: TenantState;
  now: number;
}

export const directoryOf = (ctx: ReportContext): DirectoryWorld =>
  directoryWorld(ctx.state.scenario, ctx.tenant, scenarioEpoch);

/** Directory events are observed only through sensors: a tenant without any has seen nothing. */
export const observes = (ctx: ReportContext) =>
  tenantSensors(ctx.state, ctx.tenant, ctx.tenantState, ctx.now).length > 0;

export const todayOf = (ctx: ReportContext) => dayOf(ctx.now);

/** The earliest day a report reaches back to. */
export const earliestDay = (id: ReportId, today: string) =>
  addDays(today, -(reportHistoryDays[id] - 1));

/** From / To days (inclusive) as a window, clipped to the report's history and to now. */
export function windowOfDays(
  id: ReportId,
  range: { from: string; to: string },
  now: number,
): ReportWindow {
  const earliest = dayStart(earliestDay(id, dayOf(now)));
  return {
    from: Math.max(dayStart(range.from), earliest),
    to: Math.min(dayStart(range.to) + DAY_MS, now + 1),
  };
}
