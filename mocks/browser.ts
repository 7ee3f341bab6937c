import { setupWorker } from 'msw/browser';
import { scenarioNameSchema, type ScenarioName } from '../src/api/contracts/vocabulary';
import { handlers } from './handlers';
import { indexedDbPersistence } from './store/indexed-db-persistence';
import { store } from './store/store';

/**
 * Starts the mock backend in the page: loads the saved demo state (or the scenario named by
 * `?scenario=`, which restarts it and is then removed from the URL), then starts the worker.
 */
export async function startMockBackend(): Promise<void> {
  const url = new URL(window.location.href);
  const requested = scenarioNameSchema.safeParse(url.searchParams.get('scenario'));
  const scenario: ScenarioName | undefined = requested.success ? requested.data : undefined;
  await store.init({
    persistence: indexedDbPersistence(),
    frozenClock: false,
    scenario,
    sharedPersistence: true,
  });
  if (url.searchParams.has('scenario')) {
    url.searchParams.delete('scenario');
    window.history.replaceState(window.history.state, '', url);
  }
  const worker = setupWorker(...handlers);
  await worker.start({
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledFrame: 'bypass',
  });
}

export { store };
