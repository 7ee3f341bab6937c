import { describe, expect, it } from 'vitest';
import { entryStaticClosure, preloadListsWithoutEntry } from './lib/preload-lists.mjs';

const bundle = {
  'assets/index.js': { type: 'chunk', isEntry: true, imports: ['assets/react.js'] },
  'assets/react.js': { type: 'chunk', imports: ['assets/scheduler.js'] },
  'assets/scheduler.js': { type: 'chunk', imports: [] },
  'assets/sensors.js': { type: 'chunk', imports: ['assets/react.js', 'assets/table.js'] },
  'assets/table.js': { type: 'chunk', imports: [] },
  'assets/app.css': { type: 'asset' },
};

describe('preload lists', () => {
  it('finds the entry chunk and what it imports statically', () => {
    expect([...entryStaticClosure(bundle)].sort()).toEqual([
      'assets/index.js',
      'assets/react.js',
      'assets/scheduler.js',
    ]);
  });

  it('leaves what the entry loaded out of dynamic imports’ lists, never out of index.html', () => {
    const { plugin, resolveDependencies } = preloadListsWithoutEntry();
    const generate = plugin.generateBundle as unknown as (o: unknown, b: typeof bundle) => void;
    generate({}, bundle);
    const deps = ['assets/react.js', 'assets/table.js', 'assets/app.css'];
    expect(resolveDependencies('assets/sensors.js', deps, { hostType: 'js' })).toEqual([
      'assets/table.js',
      'assets/app.css',
    ]);
    expect(resolveDependencies('assets/index.js', deps, { hostType: 'html' })).toEqual(deps);
  });
});
