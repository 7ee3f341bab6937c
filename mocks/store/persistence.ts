import type { MockState } from './state';

/** Where the mock backend keeps its state between page loads. */
export interface Persistence {
  load(): Promise<MockState | undefined>;
  save(state: MockState): Promise<void>;
  /**
   * Whether another tab saved since this one last loaded or saved. Absent: it can't tell, so the
   * store reloads before every request.
   */
  changedElsewhere?(): boolean;
}

export function memoryPersistence(): Persistence {
  let saved: string | undefined;
  return {
    load: async () => (saved === undefined ? undefined : (JSON.parse(saved) as MockState)),
    save: async (state) => {
      saved = JSON.stringify(state);
    },
  };
}

/** A tiny synchronous key-value store every tab of the origin shares (localStorage). */
export interface RevisionStore {
  get(): string | null;
  set(revision: string): void;
}

let tabCounter = 0;

/**
 * Wraps a persistence with a revision that every save changes, kept where all tabs read it
 * synchronously. A request then costs one small read instead of loading the whole saved state:
 * the state is reloaded only when another tab saved since (the revision is not the one this tab
 * last loaded or wrote). The revision is read before the state, so a save racing a load only ever
 * causes one reload too many, never a stale state.
 */
export function withRevision(inner: Persistence, revisions: RevisionStore): Persistence {
  const tab = `${Date.now().toString(36)}-${(tabCounter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  let saves = 0;
  let known: string | null | undefined;
  return {
    async load() {
      const revision = revisions.get();
      const state = await inner.load();
      known = revision;
      return state;
    },
    async save(state) {
      await inner.save(state);
      const revision = `${tab}:${++saves}`;
      revisions.set(revision);
      known = revision;
    },
    changedElsewhere: () => known === undefined || revisions.get() !== known,
  };
}
