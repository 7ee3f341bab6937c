import { codeOf, COMPUTER, GROUP, USER } from './codes';
import { yieldToPage } from '../yield';
import type { DirectoryLayout } from './layout';
import { DNS, rankOf, searchKeys, UPN } from './search-keys';

/**
 * Type-ahead search over every user, computer and group of a world. The index is built lazily, on
 * the first search, in slices of ~8 ms that yield to the page (the mock backend runs in the page's
 * thread), and is kept per world. Keys are bucketed by their first two characters, so a query
 * scans only the keys that share its start; ranking needs no sort (a counting sort by score).
 */
export interface SearchIndex {
  /** Matching codes in rank order (exact, field prefix, word prefix; shorter keys first). */
  search(q: string): { codes: Int32Array; length: number };
  keyCount: number;
}

interface Bucket {
  keys: string[];
  codes: number[];
  types: number[];
  /** Length of the key's own part (a UPN's SAM part, a DNS name's host): shorter ranks first. */
  lengths: number[];
}

const SLICE_MS = 8;
const MAX_LEN = 63;

export interface BuildOptions {
  /** Told how long each synchronous slice ran (ms): the long tasks the build causes. */
  onSlice?: (ms: number) => void;
}

export async function buildSearchIndex(
  layout: DirectoryLayout,
  options: BuildOptions = {},
): Promise<SearchIndex> {
  const buckets = new Map<string, Bucket>();
  const byFirst = new Map<string, Bucket[]>();
  let keyCount = 0;
  let currentCode = 0;
  const emit = (key: string, type: number) => {
    if (!key) return;
    const b = key.slice(0, 2);
    let bucket = buckets.get(b);
    if (!bucket) {
      bucket = { keys: [], codes: [], types: [], lengths: [] };
      buckets.set(b, bucket);
      const first = key.slice(0, 1);
      byFirst.set(first, [...(byFirst.get(first) ?? []), bucket]);
    }
    bucket.keys.push(key);
    bucket.codes.push(currentCode);
    bucket.types.push(type);
    const end = type === UPN ? key.indexOf('@') : type === DNS ? key.indexOf('.') : -1;
    bucket.lengths.push(Math.min(end < 0 ? key.length : end, MAX_LEN));
    keyCount++;
  };
  const kinds: [number, number][] = [
    [USER, layout.users.count],
    [GROUP, layout.groups.count],
    [COMPUTER, layout.computers.count],
  ];
  let sliceStart = performance.now();
  for (const [kind, count] of kinds) {
    for (let i = 0; i < count; i++) {
      currentCode = codeOf(kind as 0 | 1 | 2, i);
      searchKeys(layout, currentCode, emit);
      if ((i & 255) === 0 && performance.now() - sliceStart > SLICE_MS) {
        options.onSlice?.(performance.now() - sliceStart);
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
  }

  options.onSlice?.(performance.now() - sliceStart);
  const size = Math.max(layout.users.count, layout.computers.count, layout.groups.count) * 3;
  const stamp = new Uint32Array(size);
  const best = new Uint8Array(size);
  let queryId = 0;
  const matched = new Int32Array(size);

  return {
    keyCount,
    search(q) {
      queryId++;
      let length = 0;
      const scan = (bucket: Bucket) => {
        const { keys, codes, types, lengths } = bucket;
        // A bucket holds the keys starting with its two characters: shorter queries match them all.
        const all = q.length <= 2;
        for (let k = 0; k < keys.length; k++) {
          const key = keys[k]!;
          if (!all && !key.startsWith(q)) continue;
          const code = codes[k]!;
          const rank = rankOf(key, types[k]!, q);
          const score = rank * (MAX_LEN + 1) + lengths[k]!;
          if (stamp[code] !== queryId) {
            stamp[code] = queryId;
            best[code] = score;
            matched[length++] = code;
          } else if (score < best[code]!) best[code] = score;
        }
      };
      if (q.length >= 2) {
        const bucket = buckets.get(q.slice(0, 2));
        if (bucket) scan(bucket);
      } else for (const bucket of byFirst.get(q) ?? []) scan(bucket);

      // Counting sort by score, stable (world order within a score).
      const counts = new Uint32Array(3 * (MAX_LEN + 1) + 1);
      for (let m = 0; m < length; m++) counts[best[matched[m]!]! + 1]!++;
      for (let s = 1; s < counts.length; s++) counts[s]! += counts[s - 1]!;
      const sorted = new Int32Array(length);
      for (let m = 0; m < length; m++) {
        const code = matched[m]!;
        sorted[counts[best[code]!]!++] = code;
      }
      return { codes: sorted, length };
    },
  };
}
