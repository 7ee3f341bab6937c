import type { Sensor } from '../../src/api/contracts/sensors';
import type { DirectoryTenant } from '../identity/directory';
import { worstSeverity } from '../world/health';
import { hash } from '../world/hash';
import {
  computerEntityId,
  directoryWorld,
  type DirectoryWorld,
} from '../world/directory/directory-world';
import { tenantWorld } from '../world/world';
import { scenarioEpoch } from './clock';
import { tenantHealthIssues } from './health-records';
import { installedSensors } from './installed-sensors';
import { applySensorEffects } from './sensor-effects';
import type { MockState, TenantState } from './state';

/**
 * The tenant's sensors as the API shows them: generated sensors, with the user's changes applied
 * and time-relative fields (last seen, health) computed for `now`.
 */
export function tenantSensors(
  state: MockState,
  tenant: DirectoryTenant,
  tenantState: TenantState,
  now: number,
): Sensor[] {
  if (!tenantState.instance) return [];
  const world = tenantWorld(state.scenario, tenant, scenarioEpoch);
  const openIssues = tenantHealthIssues(state, tenant, tenantState, now).filter(
    (i) => i.status === 'Open',
  );
  const directory = directoryWorld(state.scenario, tenant, scenarioEpoch);
  const sensors: Sensor[] = [];
  for (const generated of [...world.sensors, ...installedSensors(tenantState, now)]) {
    const change = tenantState.sensorChanges[generated.id] ?? {};
    if (change.deleted) continue;
    const { silentForMinutes, trouble: _trouble, ...rest } = generated;
    const issues = openIssues.filter((i) => i.sensorId === generated.id);
    const jitterSeconds = hash(generated.id, 'heartbeat') % 50;
    const lastSeen =
      silentForMinutes === null
        ? now - jitterSeconds * 1000
        : Math.min(now, scenarioEpoch) - silentForMinutes * 60_000;
    sensors.push(
      applySensorEffects(
        {
          ...rest,
          lastSeen: new Date(lastSeen).toISOString(),
          health: worstSeverity(issues.map((i) => i.severity)) ?? 'Healthy',
          openHealthIssues: issues.length,
          etag: '',
          ...entityIdOf(directory, generated.fqdn),
        },
        tenantState,
        now,
      ),
    );
  }
  return sensors;
}

/** `{ entityId }` of the machine, or nothing when it isn't in the directory (installed sensors). */
export function entityIdOf(directory: DirectoryWorld, fqdn: string): { entityId?: string } {
  const entityId = computerEntityId(directory, fqdn);
  return entityId ? { entityId } : {};
}
