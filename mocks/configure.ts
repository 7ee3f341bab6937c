import type { FaultSettings } from '../src/api/contracts/demo';
import { noFaults } from '../src/api/contracts/demo';
import type { ScenarioName } from '../src/api/contracts/vocabulary';
import { clearQueuedFailures, queueFailure } from './faults';
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

export function givenNow(iso: string) {
  store.setNow(Date.parse(iso), true);
}

/** Moves simulated time forward, as the Demo menu's "Advance time" does. */
export function givenTimePasses(minutes: number) {
  store.setNow(store.now() + minutes * 60_000);
}
