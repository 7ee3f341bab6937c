import * as z from 'zod/mini';

/** A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1) as plain data. */
export type JsonSchema = Record<string, unknown>;

const contractModules = import.meta.glob<Record<string, unknown>>(
  ['../../src/api/contracts/*.ts', '!../../src/api/contracts/*.test.ts'],
  { eager: true },
);

const isSchema = (value: unknown): value is z.ZodMiniType =>
  typeof value === 'object' && value !== null && '_zod' in value;

/** `sensorListSchema` → `SensorList`, `isoDateTime` → `IsoDateTime`. */
const componentName = (exportName: string) => {
  const base = exportName.replace(/Schema$/, '');
  return base.charAt(0).toUpperCase() + base.slice(1);
};

/**
 * Every zod schema exported by a module of src/api/contracts, by component name. A new contract
 * file is picked up by the glob; a schema exported twice keeps its first name (files, then exports,
 * in alphabetical order).
 */
export function namedContractSchemas(): Map<z.ZodMiniType, string> {
  const named = new Map<z.ZodMiniType, string>();
  const taken = new Map<string, string>();
  for (const file of Object.keys(contractModules).sort()) {
    const exports = contractModules[file] ?? {};
    for (const exportName of Object.keys(exports).sort()) {
      const value = exports[exportName];
      if (!isSchema(value) || named.has(value)) continue;
      const name = componentName(exportName);
      const other = taken.get(name);
      if (other) {
        throw new Error(
          `Two contracts would be the OpenAPI component "${name}": ${other} and ${file} › ${exportName}. Rename one.`,
        );
      }
      taken.set(name, `${file} › ${exportName}`);
      named.set(value, name);
    }
  }
  return named;
}

const schemaRef = (name: string) => `#/components/schemas/${name}`;

/** Drops what OpenAPI's schema objects don't need: the dialect (OpenAPI 3.1's default) and ids. */
function clean(schema: JsonSchema): JsonSchema {
  const { $schema: _dialect, $id: _id, ...rest } = schema;
  return rest;
}

const common = { target: 'draft-2020-12', unrepresentable: 'any' } as const;

/**
 * Response bodies as components: every named contract, plus any response schema that isn't one
 * (named by the caller), converted with zod's own `toJSONSchema` in output mode so that nested
 * named contracts become `$ref`s. Only the components reachable from `roots` are kept.
 */
export function outputComponents(extra: Map<z.ZodMiniType, string>, roots: z.ZodMiniType[]) {
  const named = namedContractSchemas();
  for (const [schema, name] of extra) if (!named.has(schema)) named.set(schema, name);
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of named) registry.add(schema, { id });
  const all = z.toJSONSchema(registry, { ...common, io: 'output', uri: schemaRef }).schemas;

  const keep = new Set<string>();
  const visit = (name: string) => {
    if (keep.has(name)) return;
    keep.add(name);
    for (const ref of refsIn(all[name])) visit(ref);
  };
  for (const root of roots) visit(named.get(root)!);
  const components: Record<string, JsonSchema> = {};
  for (const name of [...keep].sort()) components[name] = clean(all[name] as JsonSchema);
  return { components, nameOf: (schema: z.ZodMiniType) => named.get(schema)!, ref: schemaRef };
}

function refsIn(value: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (
          key === '$ref' &&
          typeof child === 'string' &&
          child.startsWith('#/components/schemas/')
        )
          found.push(child.slice('#/components/schemas/'.length));
        else walk(child);
      }
    }
  };
  walk(value);
  return found;
}

/**
 * What a request carries (body, search parameters), inline and in input mode: defaults make a
 * field optional, and unknown properties are not refused (zod strips them).
 */
export function inputSchema(schema: z.ZodMiniType): JsonSchema {
  return clean(z.toJSONSchema(schema, { ...common, io: 'input' }) as JsonSchema);
}
