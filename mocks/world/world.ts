import type { ScenarioName } from '../../src/api/contracts/vocabulary';
import { tenantIds, type DirectoryTenant } from '../identity/directory';
import { generateHealthIssues, type GeneratedHealthIssue } from './health';
import { scenarioProfiles, type WorldProfile } from './profile';
import { generateSensors, type GeneratedWorldSensors } from './sensors';

export interface TenantWorld extends GeneratedWorldSensors {
  profile: WorldProfile;
  healthIssues: GeneratedHealthIssue[];
}

const cache = new Map<string, TenantWorld>();

/**
 * The generated (never stored) part of a tenant. Memoised per scenario and tenant: generation is
 * pure, so the same inputs always give the same world.
 */
export function tenantWorld(
  scenario: ScenarioName,
  tenant: DirectoryTenant,
  epoch: number,
): TenantWorld {
  const key = `${scenario}|${tenant.id}|${epoch}`;
  const cached = cache.get(key);
  if (cached) return cached;
  // Scenarios describe Contoso's deployment; any other tenant's instance is a new one (no sensors yet).
  const base =
    tenant.id === tenantIds.contoso ? scenarioProfiles[scenario] : scenarioProfiles.fresh;
  const profile: WorldProfile = { ...base, seed: `${base.seed}:${tenant.id}` };
  const generated = generateSensors(profile, tenant.initialDomain, epoch);
  const world: TenantWorld = {
    ...generated,
    profile,
    healthIssues: generateHealthIssues(profile.seed, generated.sensors),
  };
  cache.set(key, world);
  return world;
}
