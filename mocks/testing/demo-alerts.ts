import { scenarioEpoch } from '../store/clock';
import { store } from '../store/store';
import type { ScenarioName } from '../../src/api/contracts/vocabulary';
import { seedDirectory, tenantIds } from '../identity/directory';
import { alertWorld } from '../world/alerts';

/**
 * The id of a known alert of Contoso in the current scenario, as generated (stored changes aside):
 * - a story alert of active-attack by its key (README § Demo facts): "enumeration", "dns-recon",
 *   "samr-recon", "smb-recon", "pass-the-hash", "pass-the-ticket", "dcsync", "forged-ticket",
 *   "enumeration-again", "golden-ticket" (the last three start after the scenario's start);
 * - "ntlm-relay" in contoso and degraded-sensors: an open Low alert on EXCH01;
 * - "newest": the newest alert that has started by the simulation clock's now;
 * - "open", "closed", "suppressed": the newest started alert the service's history left so;
 * - a detection ID ("2003"): the newest started alert of that detection.
 */
export function demoAlert(key: string): string {
  return demoAlertIn(store.state.scenario, key, store.now());
}

/**
 * `demoAlert` for a named scenario at a simulated instant (default: the scenario's start), without
 * the mock backend's store: what the e2e kit can call from Playwright's side.
 */
export function demoAlertIn(scenario: ScenarioName, key: string, now = scenarioEpoch): string {
  const tenant = seedDirectory().tenants.find((t) => t.id === tenantIds.contoso);
  if (!tenant) throw new Error('No Contoso tenant');
  const world = alertWorld(scenario, tenant, scenarioEpoch);
  const story = world.keys.get(key);
  if (story !== undefined) return world.idOf(story);
  const wanted = (i: number) => {
    const spec = world.spec(i);
    if (key === 'newest') return true;
    if (key === 'open' || key === 'closed' || key === 'suppressed')
      return spec.status.toLowerCase() === key;
    return spec.detection.id === key;
  };
  for (let i = world.count - 1; i >= 0; i--) {
    if (world.spec(i).start > now) continue;
    if (wanted(i)) return world.idOf(i);
  }
  throw new Error(`No demo alert ${key} in ${scenario}`);
}
