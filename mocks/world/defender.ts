import type {
  DefenderDevice,
  MdeAlertCounts,
  MdeRiskLevel,
  MdeSeverity,
} from '../../src/api/contracts/defender';
import type { ScenarioName } from '../../src/api/contracts/vocabulary';
import type { DirectoryTenant } from '../identity/directory';
import { hash, unit } from './hash';
import { tenantWorld } from './world';

/** What Microsoft Defender for Endpoint knows about a tenant's devices, in numbers. */
export interface DefenderSummary {
  onboardedDevices: number;
  unknownDevices: number;
  devicesWithAlerts: number;
  highRiskDevices: number;
  openAlerts: MdeAlertCounts;
}

/**
 * The devices of a tenant as Defender for Endpoint sees them: every domain controller of the
 * generated world, then one client computer per user (CLIENT1, CLIENT2, … — the world has no
 * computers of its own yet). Device i is derived from hash(seed, i), so the `large` scenario's
 * 100,000 clients are never materialised; only the summary walks them once (memoised).
 */
export interface DefenderWorld {
  deviceCount: number;
  device(index: number): DefenderDevice;
  /** By NetBIOS name (CLIENT42, DC01) or FQDN, case-insensitive. */
  deviceByName(nameOrFqdn: string): DefenderDevice | undefined;
  summary(): DefenderSummary;
}

const severities: readonly MdeSeverity[] = ['High', 'Medium', 'Low', 'Informational'];
/** Cumulative weights of an alert's severity: 15 % High, 35 % Medium, 35 % Low, 15 % Informational. */
const severityWeights = [0.15, 0.5, 0.85, 1];

const noAlerts = (): MdeAlertCounts => ({ High: 0, Medium: 0, Low: 0, Informational: 0 });

export const totalAlerts = (counts: MdeAlertCounts) =>
  counts.High + counts.Medium + counts.Low + counts.Informational;

/** Defender for Endpoint's machine ids are 40 hex digits. */
function mdeDeviceId(seed: string, fqdn: string) {
  return [0, 1, 2, 3, 4]
    .map((n) => hash(seed, 'mde-id', fqdn, n).toString(16).padStart(8, '0'))
    .join('');
}

function riskLevelOf(counts: MdeAlertCounts): MdeRiskLevel {
  return severities.find((s) => counts[s] > 0) ?? 'None';
}

function alertsFor(seed: string, fqdn: string, alertShare: number): MdeAlertCounts {
  const counts = noAlerts();
  if (unit(seed, 'mde-alerted', fqdn) >= alertShare) return counts;
  const howMany = 1 + (hash(seed, 'mde-alert-count', fqdn) % 4);
  for (let a = 0; a < howMany; a++) {
    const roll = unit(seed, 'mde-alert-severity', fqdn, a);
    const severity = severities[severityWeights.findIndex((w) => roll < w)] ?? 'Low';
    counts[severity] += 1;
  }
  return counts;
}

const cache = new Map<string, DefenderWorld>();

export function defenderWorld(
  scenario: ScenarioName,
  tenant: DirectoryTenant,
  epoch: number,
): DefenderWorld {
  const key = `${scenario}|${tenant.id}|${epoch}`;
  const cached = cache.get(key);
  if (cached) return cached;

  const world = tenantWorld(scenario, tenant, epoch);
  const seed = `${world.profile.seed}:mde`;
  // Under attack, more devices carry open Defender for Endpoint alerts.
  const alertShare = scenario === 'active-attack' ? 0.08 : 0.02;
  const dcs = world.domainControllers;
  const clientCount = world.profile.userCount;

  const make = (name: string, fqdn: string, knownShare: number): DefenderDevice => {
    const known = unit(seed, 'mde-known', fqdn) < knownShare;
    const openAlerts = known ? alertsFor(seed, fqdn, alertShare) : noAlerts();
    return {
      name,
      fqdn,
      mdeDeviceId: known ? mdeDeviceId(seed, fqdn) : null,
      riskLevel: riskLevelOf(openAlerts),
      openAlerts,
    };
  };

  const client = (n: number) => {
    const domain =
      world.domains[hash(seed, 'client-domain', n) % world.domains.length] ?? tenant.initialDomain;
    return make(`CLIENT${n}`, `client${n}.${domain}`, 0.92);
  };

  const device = (index: number): DefenderDevice => {
    if (index < 0 || index >= dcs.length + clientCount) throw new RangeError(`No device ${index}`);
    const dc = dcs[index];
    return dc ? make(dc.name, dc.fqdn, 0.97) : client(index - dcs.length + 1);
  };

  let summary: DefenderSummary | undefined;
  const result: DefenderWorld = {
    deviceCount: dcs.length + clientCount,
    device,
    deviceByName(nameOrFqdn) {
      const wanted = nameOrFqdn.toLowerCase();
      const dcIndex = dcs.findIndex((dc) => dc.name.toLowerCase() === wanted || dc.fqdn === wanted);
      if (dcIndex >= 0) return device(dcIndex);
      const match = /^client(\d+)(\..+)?$/.exec(wanted);
      const n = Number(match?.[1]);
      if (!match || !Number.isInteger(n) || n < 1 || n > clientCount) return undefined;
      const found = client(n);
      return match[2] && found.fqdn !== wanted ? undefined : found;
    },
    summary() {
      if (summary) return summary;
      const totals: DefenderSummary = {
        onboardedDevices: 0,
        unknownDevices: 0,
        devicesWithAlerts: 0,
        highRiskDevices: 0,
        openAlerts: noAlerts(),
      };
      for (let i = 0; i < result.deviceCount; i++) {
        const d = device(i);
        if (!d.mdeDeviceId) {
          totals.unknownDevices += 1;
          continue;
        }
        totals.onboardedDevices += 1;
        if (totalAlerts(d.openAlerts) > 0) totals.devicesWithAlerts += 1;
        if (d.riskLevel === 'High') totals.highRiskDevices += 1;
        for (const s of severities) totals.openAlerts[s] += d.openAlerts[s];
      }
      summary = totals;
      return totals;
    },
  };
  cache.set(key, result);
  return result;
}
