import type { FaultSettings } from '../src/api/contracts/demo';
import { noFaults } from '../src/api/contracts/demo';
import type { ScenarioName } from '../src/api/contracts/vocabulary';
import { clearQueuedFailures, holdNextRequest, queueFailure } from './faults';
import { defaultDefenderError, defenderConfigOf } from './handlers/defender-for-endpoint';
import { startOutage } from './handlers/demo-outages';
import { tenantIds } from './identity/directory';
import { store } from './store/store';

/**
 * Intent-named set-up for tests. Each changes the mock backend's state directly, as if it had
 * happened on the service.
 */
export async function givenScenario(scenario: ScenarioName) {
  clearQueuedFailures();
  await store.reset(scenario);
}

export function givenFaults(faults: Partial<FaultSettings>) {
  store.state.faults = { ...noFaults, ...faults };
}

/** The next `method` request whose path starts with `pathPrefix` fails with `status`. */
export function failNext(method: string, pathPrefix: string, status = 500) {
  queueFailure({ method, pathPrefix, status });
}

/**
 * The next `method` request whose path starts with `pathPrefix` is answered only once the returned
 * function is called: the page's loading state stays until then, on any machine.
 */
export function holdNext(method: string, pathPrefix: string): () => void {
  return holdNextRequest(method, pathPrefix);
}

export function givenNow(iso: string) {
  store.setNow(Date.parse(iso), true);
}

/** Moves simulated time forward, as the Demo menu's "Advance time" does. */
export function givenTimePasses(minutes: number) {
  store.setNow(store.now() + minutes * 60_000);
}

/** Contoso's Microsoft Defender for Endpoint integration is on but broken, for `reason`. */
export function givenDefenderForEndpointError(reason = defaultDefenderError) {
  const tenantState = store.state.tenants[tenantIds.contoso];
  if (!tenantState) throw new Error('Contoso has no tenant state');
  const config = defenderConfigOf(tenantState);
  config.value = {
    enabled: true,
    connectedAt: config.value.connectedAt ?? new Date(store.now()).toISOString(),
    error: { reason, since: new Date(store.now()).toISOString() },
  };
}

/**
 * Contoso's Microsoft Defender for Endpoint integration is on (connected) or off, as if a Global
 * Administrator had just changed it: entity badges follow at the next request.
 */
export function givenDefenderForEndpoint(on: boolean) {
  const tenantState = store.state.tenants[tenantIds.contoso];
  if (!tenantState) throw new Error('Contoso has no tenant state');
  const config = defenderConfigOf(tenantState);
  config.value = on
    ? { enabled: true, connectedAt: new Date(store.now()).toISOString(), error: null }
    : { enabled: false, connectedAt: null, error: null };
  config.revision += 1;
}

/** A running Contoso sensor stopped communicating `minutesAgo` simulated minutes ago. */
export function givenSensorOutage(sensorId: string, minutesAgo = 0) {
  const refusal = startOutage(sensorId, minutesAgo);
  if (refusal) throw new Error(`Cannot start an outage of sensor ${sensorId} (${refusal.status})`);
}

/**
 * `upn` saved the Contoso settings resource `name` (`/api/config/<name>`) on the service — from
 * another tab or window, or as another person — changing its stored value with `change`. The
 * version moves on, so a form opened before gets a 412 that names who saved it and when.
 */
export function givenSettingsSavedBy<T>(upn: string, name: string, change: (value: T) => T) {
  const user = store.state.directory.users.find((u) => u.upn === upn);
  const config = store.state.tenants[tenantIds.contoso]?.config[name];
  if (!user) throw new Error(`No user ${upn} in the directory`);
  if (!config) throw new Error(`Contoso has no stored ${name} settings yet: open the page first`);
  config.value = change(config.value as T);
  config.revision += 1;
  config.updatedAt = new Date(store.now()).toISOString();
  config.updatedBy = user.displayName;
  config.updatedById = user.id;
}
