import { createStore, get, set } from 'idb-keyval';
import type { Persistence } from './persistence';
import type { MockState } from './state';

const KEY = 'state';

/** Browser persistence: one IndexedDB record holding the whole (small) changes-only state. */
export function indexedDbPersistence(): Persistence {
  const idb = createStore('vigil-demo', 'mock-backend');
  return {
    load: async () => {
      const state = await get<MockState>(KEY, idb);
      return state?.schemaVersion === 1 ? state : undefined;
    },
    save: (state) => set(KEY, state, idb),
  };
}
