import { describe, expect, it } from 'vitest';
import {
  memoryPersistence,
  withRevision,
  type Persistence,
  type RevisionStore,
} from './persistence';
import { MockStore } from './store';

/** Two tabs of one browser: one saved state and one revision, shared; loads are counted. */
function browser() {
  const shared = memoryPersistence();
  let loads = 0;
  let revision: string | null = null;
  const revisions: RevisionStore = { get: () => revision, set: (r) => (revision = r) };
  const counted: Persistence = {
    load: () => {
      loads++;
      return shared.load();
    },
    save: (state) => shared.save(state),
  };
  const tab = async () => {
    const store = new MockStore();
    await store.init({
      persistence: withRevision(counted, revisions),
      frozenClock: true,
      sharedPersistence: true,
    });
    return store;
  };
  return { tab, loads: () => loads };
}

describe('mock store across tabs', () => {
  it('does not reload the saved state before a request when nobody else saved', async () => {
    const { tab, loads } = browser();
    const first = await tab();
    const before = loads();
    for (let i = 0; i < 20; i++) await first.refresh();
    expect(loads()).toBe(before);
    first.state.faults = { ...first.state.faults, latencyMs: 5 };
    await first.save();
    await first.refresh();
    expect(loads()).toBe(before);
  });

  it('reloads once after another tab saved, and sees its change', async () => {
    const { tab, loads } = browser();
    const first = await tab();
    const second = await tab();
    second.setNow(Date.parse('2026-12-01T00:00:00Z'), true);
    await second.save();
    const before = loads();
    await first.refresh();
    expect(first.now()).toBe(Date.parse('2026-12-01T00:00:00Z'));
    await first.refresh();
    expect(loads()).toBe(before + 1);
  });

  it('reloads before every request when the persistence can’t tell (no revision)', async () => {
    const shared = memoryPersistence();
    let loads = 0;
    const store = new MockStore();
    await store.init({
      persistence: { load: () => (loads++, shared.load()), save: (s) => shared.save(s) },
      frozenClock: true,
      sharedPersistence: true,
    });
    const before = loads;
    await store.refresh();
    await store.refresh();
    expect(loads).toBe(before + 2);
  });
});
