// Fails when modules under src/ or mocks/ import each other in a cycle (part of `npm run lint`).
// A small dedicated check: the ESLint cycle rule needs a native resolver that breaks `npm ci` here.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const aliases = { '@/': join(root, 'src/'), '@mocks/': join(root, 'mocks/') };
const extensions = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

function resolveImport(from, specifier) {
  let base;
  if (specifier.startsWith('.')) base = resolve(dirname(from), specifier);
  else {
    const alias = Object.keys(aliases).find((a) => specifier.startsWith(a));
    if (!alias) return null; // a package
    base = join(aliases[alias], specifier.slice(alias.length));
  }
  if (existsSync(base) && statSync(base).isFile()) return base;
  for (const ext of extensions) if (existsSync(base + ext)) return base + ext;
  return null;
}

/** Static imports and re-exports only: a dynamic import() is a lazy edge, not a cycle. */
const importPattern = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

const files = [...walk(join(root, 'src')), ...walk(join(root, 'mocks'))];
const graph = new Map();
for (const file of files) {
  const source = readFileSync(file, 'utf8');
  const edges = [];
  for (const match of source.matchAll(importPattern)) {
    const target = resolveImport(file, match[1]);
    if (target && files.includes(target)) edges.push(target);
  }
  graph.set(file, edges);
}

const state = new Map(); // 1 = on the stack, 2 = done
const cycles = [];
function visit(node, stack) {
  state.set(node, 1);
  stack.push(node);
  for (const next of graph.get(node) ?? []) {
    if (state.get(next) === 1) cycles.push([...stack.slice(stack.indexOf(next)), next]);
    else if (!state.has(next)) visit(next, stack);
  }
  stack.pop();
  state.set(node, 2);
}
for (const file of files) if (!state.has(file)) visit(file, []);

if (cycles.length > 0) {
  for (const cycle of cycles)
    console.error(`Import cycle: ${cycle.map((f) => relative(root, f)).join(' → ')}`);
  console.error('Break the cycle: move the shared piece into its own module, or pass it in.');
  process.exit(1);
}
console.log(`No import cycles among ${files.length} modules.`);
