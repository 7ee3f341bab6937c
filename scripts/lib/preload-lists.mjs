// Builds only: the preload list Vite writes beside each dynamic import (the chunks that import
// needs, fetched in parallel) leaves out the entry chunk's static imports. Those have run before
// any code of the app does, so listing them only cost bytes: the route table's ~30 lists sit in the
// entry chunk, the price of every page. index.html's modulepreload links are not touched.

/**
 * Files of the entry chunks and of their static imports (pure: a Rollup bundle in, names out).
 * @param {Record<string, { type: string, isEntry?: boolean, imports?: string[] }>} bundle
 */
export function entryStaticClosure(bundle) {
  const files = new Set();
  const visit = (file) => {
    const chunk = bundle[file];
    if (files.has(file) || chunk?.type !== 'chunk') return;
    files.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [file, output] of Object.entries(bundle))
    if (output.type === 'chunk' && output.isEntry) visit(file);
  return files;
}

/**
 * @returns {{ plugin: import('vite').Plugin, resolveDependencies: (file: string, deps: string[], context: { hostType: 'html' | 'js' }) => string[] }}
 */
export function preloadListsWithoutEntry() {
  let loaded = new Set();
  return {
    plugin: {
      name: 'vigil-preload-lists',
      apply: 'build',
      // Runs before Vite's own generateBundle, which asks resolveDependencies for the lists.
      generateBundle(_options, bundle) {
        loaded = entryStaticClosure(bundle);
      },
    },
    resolveDependencies: (_file, deps, { hostType }) =>
      hostType === 'js' ? deps.filter((dep) => !loaded.has(dep)) : deps,
  };
}
