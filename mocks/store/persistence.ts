import type { MockState } from './state';

/** Where the mock backend keeps its state between page loads. */
export interface Persistence {
  load(): Promise<MockState | undefined>;
  save(state: MockState): Promise<void>;
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
