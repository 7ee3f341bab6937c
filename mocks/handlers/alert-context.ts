import { scenarioEpoch } from '../store/clock';
import { store } from '../store/store';
import { alertView, alertWorld, type AlertView } from '../world/alerts';
import type { Caller, RouteContext } from './api-route';
import { problem } from './problem';

/** The caller's alerts as they stand now (generated alerts with the tenant's changes). */
export function alertsOf(caller: Caller, now: number): Promise<AlertView> {
  const world = alertWorld(store.state.scenario, caller.tenant, scenarioEpoch);
  return alertView(world, caller.tenantState, now);
}

export function alertNotFound() {
  return problem(404, 'No such alert', {
    code: 'alert-not-found',
    detail: 'The alert doesn’t exist in this tenant, or it has been deleted.',
  });
}

/** The alert a route's :alertId names, if the tenant can see it. */
export async function alertOf(
  ctx: Pick<RouteContext<unknown, unknown>, 'caller' | 'params' | 'now'>,
) {
  const alerts = await alertsOf(ctx.caller, ctx.now);
  const i = alerts.world.indexOfId(String(ctx.params.alertId ?? ''));
  if (i === undefined || alerts.state(i).hidden) return undefined;
  return { alerts, i };
}
