// Build-time CSS extraction for Griffel (Fluent UI v9's CSS-in-JS), for production and demo builds.
//
// Fluent's packages ship their styles precompiled as `__styles(classes, cssRules)` and
// `__resetStyles(ltr, rtl, cssRules)` calls (our own `makeStyles` become the same calls through
// @griffel/vite-plugin). At run time those calls insert the rules into <style> elements, one per
// "bucket" (reset, default, :hover, @media …), kept in a fixed order so that e.g. a :hover rule
// beats a plain one of the same specificity. This plugin moves the rules out of the JavaScript:
// each call becomes `__css(classes)` / `__resetCSS(ltr, rtl)` (class names only, no insertion) and
// the rules of every module in the bundle go, in Griffel's bucket order, into one stylesheet that
// index.html links — the same order of rules the run-time insertion produces, so the same rule wins
// (specificity first, then order). One sheet for the app (~20 KB gzip) rather than one per chunk:
// per-chunk files arrive in any order and would break that order.
//
// Strict: a call whose arguments are not plain literals cannot be extracted; the build fails and
// names it, because a rule left to run-time insertion would land after the whole sheet.
import { createHash } from 'node:crypto';
import { defaultCompareMediaQueries, styleBucketOrdering } from '@griffel/core';
import MagicString from 'magic-string';

/** Griffel's bucket order, lowest precedence first (its renderer's own list). */
export const BUCKET_ORDER = styleBucketOrdering;

const CALLS = { __styles: 'css', __resetStyles: 'reset' };
const GRIFFEL_SOURCES = new Set(['@griffel/react', '@griffel/core', '@fluentui/react-components']);
const TOKEN_SOURCES = new Set([
  '@fluentui/react-components',
  '@fluentui/react-theme',
  '@fluentui/tokens',
]);

class NotLiteral extends Error {}

/** The value of a literal-only expression (objects, arrays, strings, numbers, null); throws otherwise. */
export function literalValue(node) {
  switch (node.type) {
    case 'Literal':
      return node.value;
    case 'TemplateLiteral':
      if (node.expressions.length) throw new NotLiteral('template literal with expressions');
      return node.quasis[0].value.cooked;
    case 'UnaryExpression':
      if (
        node.operator === '-' &&
        node.argument.type === 'Literal' &&
        typeof node.argument.value === 'number'
      )
        return -node.argument.value;
      throw new NotLiteral(`unary ${node.operator}`);
    case 'ArrayExpression':
      return node.elements.map((e) => {
        if (!e || e.type === 'SpreadElement') throw new NotLiteral('array hole or spread');
        return literalValue(e);
      });
    case 'ObjectExpression': {
      const out = {};
      for (const p of node.properties) {
        if (p.type !== 'Property' || p.computed || p.kind !== 'init')
          throw new NotLiteral('computed or spread property');
        const key = p.key.type === 'Identifier' ? p.key.name : String(p.key.value);
        out[key] = literalValue(p.value);
      }
      return out;
    }
    default:
      throw new NotLiteral(node.type);
  }
}

/**
 * The sheet Griffel's renderer would put a bucket entry in: bucket, condition (@media /
 * @container) and priority (shorthands get a negative one, so longhands beat them).
 */
export function sheetOf(bucket, metadata = {}) {
  if (!BUCKET_ORDER.includes(bucket)) throw new Error(`unknown Griffel bucket “${bucket}”`);
  const condition = bucket === 'm' ? (metadata.m ?? '') : bucket === 'x' ? (metadata.x ?? '') : '';
  const priority = metadata.p ?? 0;
  return { key: `${bucket}\u0000${condition}\u0000${priority}`, bucket, condition, priority };
}

/** Griffel's order of sheets: bucket, then condition (its default media-query order), then priority. */
export function compareSheets(a, b) {
  return (
    BUCKET_ORDER.indexOf(a.bucket) - BUCKET_ORDER.indexOf(b.bucket) ||
    defaultCompareMediaQueries(a.condition, b.condition) ||
    a.priority - b.priority
  );
}

/** Adds a map of bucket → entries (a rule, or [rule, metadata]) to `sheets` (key → { sheet, rules }). */
export function addRules(sheets, buckets) {
  for (const [bucket, entries] of Object.entries(buckets)) {
    for (const entry of entries) {
      const [rule, metadata] = Array.isArray(entry) ? entry : [entry, undefined];
      const sheet = sheetOf(bucket, metadata);
      if (!sheets.has(sheet.key)) sheets.set(sheet.key, { sheet, rules: [] });
      sheets.get(sheet.key).rules.push(rule);
    }
  }
  return sheets;
}

/**
 * One stylesheet from the sheets of many modules (give them in a stable order): sheets in
 * Griffel's order; within a sheet each rule once, where it first appears — a module's own rules
 * keep their order (a component's reset rules can depend on it); across modules Griffel's order is
 * the order components first render, which nothing depends on (atomic classes of one bucket never
 * compete after mergeClasses()).
 */
export function buildStylesheet(sheetMaps) {
  const merged = new Map();
  for (const sheets of sheetMaps) {
    for (const [key, { sheet, rules }] of sheets) {
      if (!merged.has(key)) merged.set(key, { sheet, rules: new Set() });
      for (const rule of rules) merged.get(key).rules.add(rule);
    }
  }
  return [...merged.values()]
    .sort((a, b) => compareSheets(a.sheet, b.sheet))
    .map(({ rules }) => [...rules].join('\n'))
    .join('\n');
}

/** Visits every AST node; a visitor that returns false skips the node's children. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  if (visit(node) === false) return;
  for (const key in node) {
    if (key === 'type' || key === 'start' || key === 'end') continue;
    const value = node[key];
    if (Array.isArray(value)) value.forEach((v) => v && typeof v === 'object' && walk(v, visit));
    else if (value && typeof value === 'object') walk(value, visit);
  }
}

/**
 * Rewrites one module (pure apart from `parse`): null when there is nothing to do, else
 * `{ code, map, sheets, calls, tokens }`.
 * - Griffel calls become class-name-only calls; `sheets` holds their rules. Throws with the
 *   module and line when a call can't be extracted.
 * - With `tokenValues` (Fluent's `tokens` object), `tokens.colorX` reads become the string they
 *   evaluate to (`"var(--colorX)"`), so the 467-entry object is not shipped for a few leftover
 *   reads (Fluent's compiled styles keep some, e.g. unused `calc(${tokens.strokeWidthThin} …)`).
 */
export function extractGriffelCss(code, id, parse, tokenValues = null) {
  const hasCalls = code.includes('__styles') || code.includes('__resetStyles');
  const hasTokens = tokenValues !== null && code.includes('tokens');
  if (!hasCalls && !hasTokens) return null;
  const program = parse(code);
  const local = new Map();
  const tokenNames = new Set();
  for (const node of program.body) {
    if (node.type !== 'ImportDeclaration') continue;
    const source = node.source.value;
    for (const s of node.specifiers) {
      const name = s.type === 'ImportSpecifier' ? (s.imported.name ?? s.imported.value) : null;
      if (!name) continue;
      if (GRIFFEL_SOURCES.has(source) && CALLS[name]) local.set(s.local.name, CALLS[name]);
      if (hasTokens && name === 'tokens' && TOKEN_SOURCES.has(source)) tokenNames.add(s.local.name);
    }
  }
  if (local.size === 0 && tokenNames.size === 0) return null;
  const out = new MagicString(code);
  const sheets = new Map();
  let calls = 0;
  let tokens = 0;
  const text = (n) => code.slice(n.start, n.end);
  walk(program, (node) => {
    if (
      node.type === 'MemberExpression' &&
      !node.computed &&
      node.object.type === 'Identifier' &&
      tokenNames.has(node.object.name) &&
      Object.hasOwn(tokenValues, node.property.name)
    ) {
      out.overwrite(node.start, node.end, JSON.stringify(tokenValues[node.property.name]));
      tokens += 1;
      return false;
    }
    if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier') return;
    const kind = local.get(node.callee.name);
    if (!kind) return;
    try {
      if (kind === 'css') {
        const [classes, rules] = node.arguments;
        if (!classes || !rules) throw new NotLiteral('missing arguments');
        addRules(sheets, literalValue(rules));
        out.overwrite(node.start, node.end, `__griffelCss(${text(classes)})`);
      } else {
        const [ltr, rtl, rules] = node.arguments;
        if (!ltr || !rtl || !rules) throw new NotLiteral('missing arguments');
        const value = literalValue(rules);
        addRules(sheets, Array.isArray(value) ? { r: value } : value);
        out.overwrite(node.start, node.end, `__griffelResetCss(${text(ltr)}, ${text(rtl)})`);
      }
      calls += 1;
      return false;
    } catch (error) {
      if (!(error instanceof NotLiteral)) throw error;
      const line = code.slice(0, node.start).split('\n').length;
      throw new Error(
        `${id}:${line}: ${node.callee.name}() has non-literal arguments (${error.message}), so its CSS can't be extracted at build time. ` +
          'Write styles with makeStyles() and static values (tokens, literals) so that @griffel/vite-plugin can precompute them.',
        { cause: error },
      );
    }
  });
  if (calls === 0 && tokens === 0) return null;
  if (calls > 0)
    out.prepend(
      `import { __css as __griffelCss, __resetCSS as __griffelResetCss } from '@griffel/react';\n`,
    );
  return {
    code: out.toString(),
    map: out.generateMap({ hires: 'boundary', source: id }),
    sheets,
    calls,
    tokens,
  };
}

/**
 * Vite plugin (builds only; after @griffel/vite-plugin). Emits `assets/griffel-<hash>.css` with the
 * rules of every module in the bundle and links it first in index.html.
 */
export function griffelCssExtraction() {
  const sheetsById = new Map();
  let parse;
  let base = '/';
  let assetsDir = 'assets';
  let stylesheet = null;
  let tokenValues = null;
  return {
    name: 'vigil-griffel-css-extraction',
    apply: 'build',
    // After the JSX/TypeScript transforms and @griffel/vite-plugin: plain JavaScript by then.
    enforce: 'post',
    async configResolved(config) {
      ({ parseAst: parse } = await import('vite'));
      ({ tokens: tokenValues } = await import('@fluentui/tokens'));
      base = config.base;
      assetsDir = config.build.assetsDir;
    },
    buildStart() {
      sheetsById.clear();
      stylesheet = null;
    },
    transform: {
      // Griffel's own modules define these functions; everything else only calls them.
      filter: {
        id: { include: /\.[cm]?[jt]sx?$/, exclude: /[\\/]node_modules[\\/]@griffel[\\/]/ },
        code: /__(?:reset)?[sS]tyles|\btokens\b/,
      },
      handler(code, id) {
        const result = extractGriffelCss(code, id, (c) => parse(c), tokenValues);
        if (!result) return null;
        if (result.calls) sheetsById.set(id, result.sheets);
        return { code: result.code, map: result.map };
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        // Only modules that made it into the bundle (tree-shaking drops most of Fluent's).
        const inBundle = new Set(
          Object.values(ctx.bundle ?? {}).flatMap((c) => (c.type === 'chunk' ? c.moduleIds : [])),
        );
        const ids = [...sheetsById.keys()].filter((id) => inBundle.has(id)).sort();
        const css = buildStylesheet(ids.map((id) => sheetsById.get(id)));
        if (!css) return [];
        const hash = createHash('sha256').update(css).digest('base64url').slice(0, 8);
        stylesheet = { fileName: `${assetsDir}/griffel-${hash}.css`, source: css };
        return [
          {
            tag: 'link',
            attrs: { rel: 'stylesheet', href: `${base}${stylesheet.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
    generateBundle() {
      if (stylesheet) this.emitFile({ type: 'asset', ...stylesheet });
    },
  };
}
