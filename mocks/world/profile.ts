import type { ScenarioName } from '../../src/api/contracts/vocabulary';

/** How big and how healthy a generated tenant is. Scenarios pick a profile. */
export interface WorldProfile {
  seed: string;
  /** Child domains under the tenant's root domain (the root is always generated). */
  childDomains: readonly string[];
  /** Domain controllers per domain. */
  dcsPerDomain: number;
  /** Domain controllers per domain that have no sensor (DC coverage gaps). */
  unmonitoredPerDomain: number;
  /** Add one standalone sensor and one AD FS sensor. */
  extraSensorTypes: boolean;
  /** Share of sensors in trouble (disconnected, stopped, failed updates…). */
  troubledShare: number;
  /** No sensors at all (a fresh instance). */
  noSensors: boolean;
  /** Size of the Active Directory world (users, computers, groups; fixed demo entities included). */
  directory: DirectorySize;
}

export interface DirectorySize {
  users: number;
  computers: number;
  groups: number;
  /** One fixed user is a direct member of every group (the profile-speed benchmark's account). */
  benchUserInEveryGroup: boolean;
}

const base: WorldProfile = {
  seed: 'contoso',
  childDomains: ['emea', 'apac'],
  dcsPerDomain: 3,
  unmonitoredPerDomain: 0,
  extraSensorTypes: true,
  troubledShare: 0.1,
  noSensors: false,
  directory: { users: 500, computers: 350, groups: 80, benchUserInEveryGroup: false },
};

export const scenarioProfiles: Record<ScenarioName, WorldProfile> = {
  contoso: { ...base, unmonitoredPerDomain: 0 },
  fresh: { ...base, noSensors: true, troubledShare: 0 },
  'degraded-sensors': { ...base, troubledShare: 0.6, unmonitoredPerDomain: 1 },
  'active-attack': { ...base },
  large: {
    ...base,
    seed: 'contoso-large',
    childDomains: ['emea', 'apac', 'amer', 'latam', 'anz', 'uk', 'de', 'fr', 'jp', 'in'],
    dcsPerDomain: 19,
    unmonitoredPerDomain: 1,
    troubledShare: 0.08,
    directory: { users: 100_000, computers: 60_000, groups: 5_000, benchUserInEveryGroup: true },
  },
};
