import type { Plugin } from 'vite';

export function entryStaticClosure(
  bundle: Record<string, { type: string; isEntry?: boolean; imports?: string[] }>,
): Set<string>;
export function preloadListsWithoutEntry(): {
  plugin: Plugin;
  resolveDependencies: (
    file: string,
    deps: string[],
    context: { hostType: 'html' | 'js' },
  ) => string[];
};
