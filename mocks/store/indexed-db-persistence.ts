import { createStore, get, set } from 'idb-keyval';
import { withRevision, type Persistence, type RevisionStore } from './persistence';
import type { MockState } from './state';

const KEY = 'state';
const REVISION_KEY = 'vigil-demo:revision';

function localStorageRevisions(): RevisionStore | undefined {
  try {
    const storage = window.localStorage;
    return {
      get: () => storage.getItem(REVISION_KEY),
      set: (revision) => storage.setItem(REVISION_KEY, revision),
    };
  } catch {
    return undefined;
  }
}

/**
 * Browser persistence: one IndexedDB record holding the whole (small) changes-only state, and its
 * revision in localStorage, so a request reloads the state only after another tab saved it.
 */
export function indexedDbPersistence(): Persistence {
  const idb = createStore('vigil-demo', 'mock-backend');
  const persistence: Persistence = {
    load: async () => {
      const state = await get<MockState>(KEY, idb);
      return state?.schemaVersion === 1 ? state : undefined;
    },
    save: (state) => set(KEY, state, idb),
  };
  const revisions = localStorageRevisions();
  return revisions ? withRevision(persistence, revisions) : persistence;
}
