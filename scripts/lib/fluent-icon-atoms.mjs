// Builds only: `import { HomeRegular } from '@fluentui/react-icons'` rewritten to the icon's own
// module (`@fluentui/react-icons/svg/home`, one module per icon family). The package's index
// re-exports ~40 shared modules of a few hundred icons each; Rollup keeps one such module in one
// chunk, with every icon of it that any page uses, so an icon a new page imports landed in the
// entry chunk when the side navigation used a neighbour of it (README § Budgets). Per-family
// modules go where their importers are: an icon loads with its page.
// Our files and Fluent's own components (which import their chevrons and checkmarks the same way)
// are rewritten; a name without a family module of its own keeps the original import.
// scripts/fluent-icon-atoms.test.ts covers the rewrite.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const iconImport = /import\s*\{([^}]*)\}\s*from\s*(['"])@fluentui\/react-icons\2;?/g;

/** `CheckmarkCircle20Filled` → `checkmark-circle` (pure). */
export function iconFamilyFile(name) {
  const family = /^([A-Z][A-Za-z0-9]*?)(?:\d+)?(?:Regular|Filled|Color)$/.exec(name)?.[1];
  if (!family) return null;
  return family.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/**
 * Rewrites the `@fluentui/react-icons` named imports of `code` (pure: `exportsOf(file)` says
 * which names a family module exports, or null when there is none). Returns null when nothing
 * changes.
 */
export function rewriteIconImports(code, exportsOf) {
  if (!code.includes('@fluentui/react-icons')) return null;
  let changed = false;
  const out = code.replace(iconImport, (whole, list, quote) => {
    const kept = [];
    const moved = new Map();
    for (const raw of list.split(',')) {
      const spec = raw.trim();
      if (!spec) continue;
      const [imported] = spec.split(/\s+as\s+/);
      const file = /^type\s/.test(spec) ? null : iconFamilyFile(imported);
      if (file && exportsOf(file)?.has(imported)) {
        moved.set(file, [...(moved.get(file) ?? []), spec]);
      } else kept.push(spec);
    }
    if (moved.size === 0) return whole;
    changed = true;
    const lines = [...moved].map(
      ([file, specs]) =>
        `import { ${specs.join(', ')} } from ${quote}@fluentui/react-icons/svg/${file}${quote};`,
    );
    if (kept.length)
      lines.unshift(`import { ${kept.join(', ')} } from ${quote}@fluentui/react-icons${quote};`);
    return lines.join(' ');
  });
  return changed ? out : null;
}

/** @returns {import('vite').Plugin} */
export function fluentIconAtoms() {
  const require = createRequire(import.meta.url);
  const svgDir = join(
    dirname(require.resolve('@fluentui/react-icons/package.json')),
    'lib/atoms/svg',
  );
  const cache = new Map();
  const exportsOf = (file) => {
    if (!cache.has(file)) {
      const path = join(svgDir, `${file}.js`);
      cache.set(
        file,
        existsSync(path)
          ? new Set(
              [...readFileSync(path, 'utf8').matchAll(/export const (\w+)/g)].map((m) => m[1]),
            )
          : null,
      );
    }
    return cache.get(file);
  };
  return {
    name: 'vigil-fluent-icon-atoms',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.(?:[cm]?js|tsx?)$/.test(id.split('?')[0])) return null;
      if (id.replace(/\\/g, '/').includes('/@fluentui/react-icons/')) return null;
      const out = rewriteIconImports(code, exportsOf);
      return out === null ? null : { code: out, map: null };
    },
  };
}
