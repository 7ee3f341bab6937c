import type {
  DefenderDevice,
  MdeAlertCounts,
  MdeRiskLevel,
  MdeSeverity,
} from '../../src/api/contracts/defender';
import type { ScenarioName } from '../../src/api/contracts/vocabulary';
import type { DirectoryTenant } from '../identity/directory';
import { hash, unit } from './hash';
import { computerIdentity, computerIndexByName, computerRoleOf } from './directory/computers';
import { fixedComputers } from './directory/fixed';
import { directoryWorld } from './directory/directory-world';
import { tenantWorld } from './world';
import { inSlices } from './yield';

/** What Microsoft Defender for Endpoint knows about a tenant's devices, in numbers. */
export interface DefenderSummary {
  onboardedDevices: number;
  unknownDevices: number;
  devicesWithAlerts: number;
  highRiskDevices: number;
  openAlerts: MdeAlertCounts;
}

/**
 * The devices of a tenant as Defender for Endpoint sees them: the computers of the directory world
 * (domain controllers, servers, workstations), device i being computer i. Devices are derived from
 * hash(seed, fqdn), so the `large` scenario's 60,000 computers are never materialised; only the
 * summary walks them once (memoised). Fixed demo computers say whether Defender knows them.
 */
export interface DefenderWorld {
  deviceCount: number;
  device(index: number): DefenderDevice;
  /** By NetBIOS name (CLIENT42, DC01) or FQDN, case-insensitive. */
  deviceByName(nameOrFqdn: string): DefenderDevice | undefined;
  /** Counts over every device, computed once in slices that yield to the page. */
  summary(): Promise<DefenderSummary>;
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

  const directory = directoryWorld(scenario, tenant, epoch);
  const { layout } = directory;
  const seed = `${tenantWorld(scenario, tenant, epoch).profile.seed}:mde`;
  // Under attack, more devices carry open Defender for Endpoint alerts.
  const alertShare = scenario === 'active-attack' ? 0.08 : 0.02;

  /** Whether Defender knows computer `index`, and its open alerts: all the summary needs. */
  const stateOf = (index: number) => {
    if (!Number.isInteger(index) || index < 0 || index >= layout.computers.count)
      throw new RangeError(`No device ${index}`);
    const { name, domain } = computerIdentity(layout, index);
    const fqdn = `${name.toLowerCase()}.${layout.domains[domain]?.dns ?? ''}`;
    const fixed =
      index >= layout.computers.dcs && index < layout.computers.fixedEnd
        ? fixedComputers[index - layout.computers.dcs]?.mde
        : undefined;
    const knownShare = computerRoleOf(layout, index) === 'Domain controller' ? 0.97 : 0.92;
    const known =
      fixed === undefined ? unit(seed, 'mde-known', fqdn) < knownShare : fixed !== 'unknown';
    const openAlerts = !known
      ? noAlerts()
      : typeof fixed === 'object'
        ? { ...fixed }
        : fixed === 'known'
          ? noAlerts()
          : alertsFor(seed, fqdn, alertShare);
    return { name, fqdn, known, openAlerts };
  };

  const device = (index: number): DefenderDevice => {
    const { name, fqdn, known, openAlerts } = stateOf(index);
    return {
      name,
      fqdn,
      mdeDeviceId: known ? mdeDeviceId(seed, fqdn) : null,
      riskLevel: riskLevelOf(openAlerts),
      openAlerts,
    };
  };

  let summary: Promise<DefenderSummary> | undefined;
  const result: DefenderWorld = {
    deviceCount: layout.computers.count,
    device,
    deviceByName(nameOrFqdn) {
      const index = computerIndexByName(layout, nameOrFqdn);
      return index === undefined ? undefined : device(index);
    },
    summary() {
      summary ??= (async () => {
        const totals: DefenderSummary = {
          onboardedDevices: 0,
          unknownDevices: 0,
          devicesWithAlerts: 0,
          highRiskDevices: 0,
          openAlerts: noAlerts(),
        };
        // Sliced: the large scenario's 60,000 computers would otherwise be one long task.
        await inSlices(result.deviceCount, (i) => {
          const d = stateOf(i);
          if (!d.known) {
            totals.unknownDevices += 1;
            return;
          }
          totals.onboardedDevices += 1;
          if (totalAlerts(d.openAlerts) > 0) totals.devicesWithAlerts += 1;
          if (d.openAlerts.High > 0) totals.highRiskDevices += 1;
          for (const s of severities) totals.openAlerts[s] += d.openAlerts[s];
        });
        return totals;
      })();
      return summary;
    },
  };
  cache.set(key, result);
  return result;
}
