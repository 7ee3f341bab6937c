/**
 * Deterministic hashing: every generated entity is derived from hash(seed, kind, index), so entity
 * i can be produced without producing entities 0..i-1 (the large scenario depends on this).
 */
export function hash(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const s = String(part);
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x7c; // separator
    h = Math.imul(h, 0x01000193);
  }
  // final avalanche (murmur3 fmix32)
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A float in [0, 1) derived from the parts. */
export function unit(...parts: (string | number)[]): number {
  return hash(...parts) / 0x1_0000_0000;
}

export function pick<T>(items: readonly T[], ...parts: (string | number)[]): T {
  const item = items[hash(...parts) % items.length];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}

/** A stable GUID-shaped id. */
export function stableId(...parts: (string | number)[]): string {
  const hex = [0, 1, 2, 3]
    .map((i) =>
      hash(...parts, i)
        .toString(16)
        .padStart(8, '0'),
    )
    .join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
