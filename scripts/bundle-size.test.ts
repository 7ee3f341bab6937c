import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { entryKeys, staticClosure } from './lib/bundle-size.mjs';

const manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_react.js'], dynamicImports: ['src/page.tsx'] },
  '_react.js': { file: 'assets/react.js' },
  '_shared.js': { file: 'assets/shared.js', imports: ['_react.js'] },
  'src/page.tsx': { file: 'assets/page.js', isDynamicEntry: true, imports: ['_shared.js'], css: ['assets/page.css'] },
  'src/other.tsx': { file: 'assets/other.js', isDynamicEntry: true, imports: ['_big.js'] },
  '_big.js': { file: 'assets/big.js' },
};

describe('bundle size closure', () => {
  it('follows static imports from the entry and the named routes, not other lazy chunks', () => {
    const files = staticClosure(manifest, [...entryKeys(manifest), 'src/page.tsx']);
    expect(files.sort()).toEqual(['assets/index.js', 'assets/page.css', 'assets/page.js', 'assets/react.js', 'assets/shared.js']);
  });

  it('fails loudly for a route the build does not have', () => {
    expect(() => staticClosure(manifest, ['src/missing.tsx'])).toThrow(/no entry for src\/missing.tsx/);
  });
});
