import type { ScenarioName } from '../../src/api/contracts/vocabulary';
import { createScenarioState } from '../scenarios/scenarios';
import { readClock, startClock } from './clock';
import { memoryPersistence, type Persistence } from './persistence';
import type { MockState } from './state';

/**
 * The single home of the mock backend's state. Handlers read `store.state`, change it, then
 * `await store.save()`. Browser: IndexedDB; Vitest: memory with a frozen clock.
 */
export class MockStore {
  private current: MockState | undefined;
  private persistence: Persistence = memoryPersistence();
  private frozenClock = true;
  private sharedPersistence = false;

  get state(): MockState {
    if (!this.current)
      this.current = createScenarioState('contoso', { frozenClock: this.frozenClock });
    return this.current;
  }

  /** Loads the saved state, or starts the scenario (a `?scenario=` URL always restarts it). */
  async init(options: {
    persistence: Persistence;
    frozenClock: boolean;
    scenario?: ScenarioName;
    /** Re-read the saved state before each request (browser: other tabs share it). */
    sharedPersistence?: boolean;
  }) {
    this.persistence = options.persistence;
    this.frozenClock = options.frozenClock;
    this.sharedPersistence = options.sharedPersistence ?? false;
    const saved = options.scenario ? undefined : await this.persistence.load();
    if (saved) this.current = saved;
    else await this.reset(options.scenario ?? 'contoso');
  }

  async reset(scenario: ScenarioName) {
    this.current = createScenarioState(scenario, { frozenClock: this.frozenClock });
    await this.save();
  }

  /**
   * Picks up changes another tab (or a test harness) saved, so every page of a browser talks to
   * one backend, as with a real server. Reloads only when the persistence says another tab saved
   * since (a revision check, not a read of the whole state). A no-op in Vitest, where tests change
   * `state` directly.
   */
  async refresh() {
    if (!this.sharedPersistence) return;
    if (this.persistence.changedElsewhere && !this.persistence.changedElsewhere()) return;
    const saved = await this.persistence.load();
    if (saved) this.current = saved;
  }

  async save() {
    await this.persistence.save(this.state);
  }

  /** Simulated now (ms). */
  now(): number {
    return readClock(this.state.clock);
  }

  setNow(ms: number, frozen = this.state.clock.frozen) {
    this.state.clock = startClock(ms, frozen);
  }
}

export const store = new MockStore();
