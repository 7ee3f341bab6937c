import type { Sensor } from '../../src/api/contracts/sensors';
import type {
  Severity,
  SensorStatus,
  SensorType,
  ServiceStatus,
} from '../../src/api/contracts/vocabulary';
import { hash, pick, stableId, unit } from './hash';
import type { WorldProfile } from './profile';

export const latestSensorVersion = '2.130.8934';
const currentVersions = ['2.130.8934', '2.130.8934', '2.130.8934', '2.130.8916', '2.129.8813'];
const outdatedVersions = ['2.126.8701', '2.125.8650', '2.97.7243'];

export interface DomainController {
  fqdn: string;
  name: string;
  domain: string;
  isGlobalCatalog: boolean;
  isReadOnly: boolean;
  operatingSystem: string;
  /** Sensor id monitoring it, or null (a coverage gap). */
  sensorId: string | null;
}

/** A sensor as generated, before user changes and time-relative fields are applied. */
export interface GeneratedSensor extends Omit<
  Sensor,
  'lastSeen' | 'etag' | 'health' | 'openHealthIssues'
> {
  /** Minutes before "now" the sensor last reported; null = live (reports every minute). */
  silentForMinutes: number | null;
  trouble: Trouble | null;
}

export interface GeneratedWorldSensors {
  domains: string[];
  domainControllers: DomainController[];
  sensors: GeneratedSensor[];
}

const osList = [
  'Windows Server 2019',
  'Windows Server 2022',
  'Windows Server 2016',
  'Windows Server 2025',
];

export interface Trouble {
  serviceStatus: ServiceStatus;
  sensorStatus: SensorStatus;
  silentForMinutes: number | null;
  /** Health issue the trouble raises (domain catalog §5.2). */
  issue: { title: string; severity: Severity; startedMinutesAgo: number };
}

const troubles: Trouble[] = [
  {
    serviceStatus: 'Unknown',
    sensorStatus: 'Disconnected',
    silentForMinutes: 47,
    issue: { title: 'Sensor stopped communicating', severity: 'Medium', startedMinutesAgo: 42 },
  },
  {
    serviceStatus: 'Stopped',
    sensorStatus: 'Start failed',
    silentForMinutes: 95,
    issue: { title: 'Sensor service failed to start', severity: 'High', startedMinutesAgo: 65 },
  },
  {
    serviceStatus: 'Running',
    sensorStatus: 'Outdated',
    silentForMinutes: null,
    issue: { title: 'Sensor outdated', severity: 'Medium', startedMinutesAgo: 60 * 50 },
  },
  {
    serviceStatus: 'Running',
    sensorStatus: 'Up to date',
    silentForMinutes: null,
    issue: {
      title: 'Some network traffic could not be analyzed',
      severity: 'Medium',
      startedMinutesAgo: 300,
    },
  },
  {
    serviceStatus: 'Running',
    sensorStatus: 'Up to date',
    silentForMinutes: null,
    issue: {
      title: 'Low success rate of active name resolution',
      severity: 'Low',
      startedMinutesAgo: 800,
    },
  },
  {
    serviceStatus: 'Unknown',
    sensorStatus: 'Disconnected',
    silentForMinutes: 60 * 26,
    issue: {
      title: 'Sensor stopped communicating',
      severity: 'Medium',
      startedMinutesAgo: 60 * 26 - 5,
    },
  },
];

function adapters(seed: string, i: number) {
  const count = 1 + (hash(seed, 'nic', i) % 2);
  return Array.from({ length: count }, (_, n) => ({
    name: n === 0 ? 'Ethernet' : `Ethernet ${n + 1}`,
    selected: true,
  }));
}

function createdAt(seed: string, i: number, epoch: number) {
  const daysAgo = 40 + (hash(seed, 'created', i) % 300);
  return new Date(epoch - daysAgo * 86_400_000).toISOString();
}

/** Generates the domains, domain controllers and sensors of a tenant. Deterministic per seed. */
export function generateSensors(
  profile: WorldProfile,
  rootDomain: string,
  epoch: number,
): GeneratedWorldSensors {
  const { seed } = profile;
  const domains = [rootDomain, ...profile.childDomains.map((c) => `${c}.${rootDomain}`)];
  const domainControllers: DomainController[] = [];
  const sensors: GeneratedSensor[] = [];
  let index = 0;

  domains.forEach((domain, d) => {
    const label = d === 0 ? '' : (profile.childDomains[d - 1] ?? '').toUpperCase().slice(0, 4);
    for (let n = 1; n <= profile.dcsPerDomain; n++) {
      const name = `${label}DC${String(n).padStart(2, '0')}`;
      const fqdn = `${name.toLowerCase()}.${domain}`;
      const monitored =
        !profile.noSensors && n <= profile.dcsPerDomain - profile.unmonitoredPerDomain;
      const i = index++;
      const sensorId = monitored ? stableId(seed, 'sensor', i) : null;
      domainControllers.push({
        fqdn,
        name,
        domain,
        isGlobalCatalog: n <= 2,
        isReadOnly: n === profile.dcsPerDomain && profile.dcsPerDomain > 2,
        operatingSystem: pick(osList, seed, 'os', i),
        sensorId,
      });
      if (sensorId)
        sensors.push(sensorFor(profile, i, sensorId, name, fqdn, domain, 'Sensor', [fqdn], epoch));
    }
  });

  if (profile.extraSensorTypes && !profile.noSensors) {
    const rootDcs = domainControllers.filter((dc) => dc.domain === rootDomain).slice(0, 2);
    const i = index++;
    sensors.push(
      sensorFor(
        profile,
        i,
        stableId(seed, 'sensor', i),
        'STANDALONE01',
        `standalone01.${rootDomain}`,
        rootDomain,
        'Standalone Sensor',
        rootDcs.map((dc) => dc.fqdn),
        epoch,
      ),
    );
    const j = index++;
    sensors.push(
      sensorFor(
        profile,
        j,
        stableId(seed, 'sensor', j),
        'ADFS01',
        `adfs01.${rootDomain}`,
        rootDomain,
        'ADFS Sensor',
        [],
        epoch,
      ),
    );
  }
  return { domains, domainControllers, sensors };
}

function sensorFor(
  profile: WorldProfile,
  i: number,
  id: string,
  name: string,
  fqdn: string,
  domain: string,
  type: SensorType,
  domainControllers: string[],
  epoch: number,
): GeneratedSensor {
  const { seed } = profile;
  // The first sensor is always healthy so every scenario has a working one.
  const troubled = i > 0 && unit(seed, 'trouble', i) < profile.troubledShare;
  const trouble = troubled ? pick(troubles, seed, 'trouble-kind', i) : null;
  const version =
    trouble?.sensorStatus === 'Outdated'
      ? pick(outdatedVersions, seed, 'version', i)
      : pick(currentVersions, seed, 'version', i);
  return {
    id,
    name,
    fqdn,
    type,
    domain,
    version,
    serviceStatus: trouble?.serviceStatus ?? 'Running',
    sensorStatus: trouble?.sensorStatus ?? 'Up to date',
    silentForMinutes: trouble?.silentForMinutes ?? null,
    trouble,
    delayedUpdate: hash(seed, 'delayed', i) % 5 === 0,
    createdAt: createdAt(seed, i, epoch),
    description:
      type === 'Standalone Sensor' ? 'Port-mirrored traffic from the root domain controllers' : '',
    domainControllers,
    networkAdapters: adapters(seed, i),
  };
}
