import type { DomainControllerList } from '../../src/api/contracts/domain-controllers';
import type { DirectoryTenant } from '../identity/directory';
import { directoryWorld } from '../world/directory/directory-world';
import { tenantWorld } from '../world/world';
import { scenarioEpoch } from './clock';
import { installedSensorIdsOn } from './installed-sensors';
import { entityIdOf, tenantSensors } from './sensor-records';
import type { MockState, TenantState } from './state';

/**
 * The tenant's domain controllers with coverage: a DC is monitored when a sensor that still exists
 * (not deleted) watches it. One function, so Home and the Sensors page's coverage always agree.
 */
export function tenantDomainControllers(
  state: MockState,
  tenant: DirectoryTenant,
  tenantState: TenantState,
  now: number,
): DomainControllerList {
  if (!tenantState.instance) return { items: [], total: 0, monitored: 0, unmonitored: 0 };
  const sensorIds = new Set(tenantSensors(state, tenant, tenantState, now).map((s) => s.id));
  const directory = directoryWorld(state.scenario, tenant, scenarioEpoch);
  const items = tenantWorld(state.scenario, tenant, scenarioEpoch).domainControllers.map((dc) => {
    const installed = installedSensorIdsOn(tenantState, dc.fqdn).find((id) => sensorIds.has(id));
    const sensorId = dc.sensorId && sensorIds.has(dc.sensorId) ? dc.sensorId : (installed ?? null);
    return { ...dc, monitored: sensorId !== null, sensorId, ...entityIdOf(directory, dc.fqdn) };
  });
  const monitored = items.filter((dc) => dc.monitored).length;
  return { items, total: items.length, monitored, unmonitored: items.length - monitored };
}
