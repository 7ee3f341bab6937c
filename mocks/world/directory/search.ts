import type { DirectoryWorld } from './directory-world';
import { buildSearchIndex, type SearchIndex } from './search-index';
import { foldQuery } from './search-keys';

const indexes = new WeakMap<DirectoryWorld, Promise<SearchIndex>>();

/** The world's search index, built on first use (shared by concurrent first searches). */
export function searchIndexOf(
  world: DirectoryWorld,
): Promise<{ search(q: string): ReturnType<SearchIndex['search']> }> {
  let index = indexes.get(world);
  if (!index) {
    index = buildSearchIndex(world.layout);
    indexes.set(world, index);
  }
  return index.then((built) => ({ search: (q: string) => built.search(foldQuery(q)) }));
}
