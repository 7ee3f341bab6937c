import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  BUCKET_ORDER,
  addRules,
  buildStylesheet,
  compareSheets,
  extractGriffelCss,
  literalValue,
  sheetOf,
} from './lib/griffel-css.mjs';

const parse = (code: string) => parseAst(code);
const expr = (code: string) => (parse(`(${code});`).body[0] as { expression: unknown }).expression;

describe('literalValue', () => {
  it('reads objects, arrays, strings, template strings without expressions and negative numbers', () => {
    expect(
      literalValue(
        expr('{ a: [".x{color:red}", [".y{}", { m: "(min-width: 1px)", p: -1 }]], "b-c": `t` }'),
      ),
    ).toEqual({
      a: ['.x{color:red}', ['.y{}', { m: '(min-width: 1px)', p: -1 }]],
      'b-c': 't',
    });
  });

  it.each(['{ [k]: 1 }', '{ ...rest }', '[...list]', '`${x}`', 'tokens.color', 'f()'])(
    'refuses %s',
    (code) => {
      expect(() => literalValue(expr(code))).toThrow();
    },
  );
});

describe('sheet order', () => {
  it('follows Griffel: reset, default, …, :hover, :active, …, @media by condition; shorthands first', () => {
    const sheets = [
      sheetOf('m', { m: '(min-width: 800px)' }),
      sheetOf('h'),
      sheetOf('d', { p: -1 }),
      sheetOf('r'),
      sheetOf('m', { m: '(forced-colors: active)' }),
      sheetOf('d'),
      sheetOf('a'),
    ].sort(compareSheets);
    expect(
      sheets.map((s: { bucket: string; condition: string; priority: number }) => [
        s.bucket,
        s.condition,
        s.priority,
      ]),
    ).toEqual([
      ['r', '', 0],
      ['d', '', -1],
      ['d', '', 0],
      ['h', '', 0],
      ['a', '', 0],
      ['m', '(forced-colors: active)', 0],
      ['m', '(min-width: 800px)', 0],
    ]);
    expect(BUCKET_ORDER.slice(0, 2)).toEqual(['r', 'd']);
  });

  it('rejects a bucket Griffel does not have', () => {
    expect(() => sheetOf('z')).toThrow(/unknown Griffel bucket/);
  });
});

describe('buildStylesheet', () => {
  it('puts every module’s rules in bucket order, each rule once, a module’s own order kept', () => {
    const a = addRules(new Map(), {
      h: ['.a:hover{color:red}'],
      d: ['.a{color:blue}', '.b{margin:0}'],
    });
    const b = addRules(new Map(), {
      r: ['.r1{display:flex}', '.r1[data-x]{border-color:black}'],
      d: ['.b{margin:0}', '.c{padding:0}'],
      m: [
        ['@media (forced-colors: active){.d{color:canvastext}}', { m: '(forced-colors: active)' }],
      ],
    });
    expect(buildStylesheet([a, b]).split('\n')).toEqual([
      '.r1{display:flex}',
      '.r1[data-x]{border-color:black}',
      '.a{color:blue}',
      '.b{margin:0}',
      '.c{padding:0}',
      '.a:hover{color:red}',
      '@media (forced-colors: active){.d{color:canvastext}}',
    ]);
  });
});

describe('extractGriffelCss', () => {
  const fluentModule = [
    "import { __styles, __resetStyles, mergeClasses } from '@griffel/react';",
    "export const useRoot = __resetStyles('r1', null, ['.r1{display:flex}']);",
    "export const useStyles = __styles({ root: { sj55zd: 'f1' } }, { d: ['.f1{color:var(--colorNeutralForeground1)}'], h: ['.f2:hover{color:red}'] });",
    'export const merge = mergeClasses;',
  ].join('\n');

  it('turns the calls into class-name-only ones and keeps their rules for the stylesheet', () => {
    const result = extractGriffelCss(fluentModule, '/x/node_modules/@fluentui/a/styles.js', parse)!;
    expect(result.calls).toBe(2);
    expect(result.code).toContain("__griffelResetCss('r1', null)");
    expect(result.code).toContain("__griffelCss({ root: { sj55zd: 'f1' } })");
    expect(result.code).toContain(
      "import { __css as __griffelCss, __resetCSS as __griffelResetCss } from '@griffel/react';",
    );
    expect(result.code).not.toMatch(/__styles\(|__resetStyles\(/);
    expect(buildStylesheet([result.sheets])).toBe(
      [
        '.r1{display:flex}',
        '.f1{color:var(--colorNeutralForeground1)}',
        '.f2:hover{color:red}',
      ].join('\n'),
    );
  });

  it('follows a renamed import and re-exports from @fluentui/react-components', () => {
    const code =
      "import { __styles as s } from '@fluentui/react-components';\nexport const u = s({ a: { b: 'c' } }, { d: ['.c{}'] });";
    expect(extractGriffelCss(code, 'm.js', parse)!.code).toContain(
      "__griffelCss({ a: { b: 'c' } })",
    );
  });

  it('leaves modules without Griffel calls, or with a local function of the same name, alone', () => {
    expect(extractGriffelCss('export const a = 1;', 'm.js', parse)).toBeNull();
    expect(
      extractGriffelCss(
        'const __styles = (a) => a; export const b = __styles({}, {});',
        'm.js',
        parse,
      ),
    ).toBeNull();
  });

  it('fails the build, naming module and line, when the rules are not literals', () => {
    const code =
      "import { __styles } from '@griffel/react';\nconst rules = {};\nexport const u = __styles({}, rules);";
    expect(() => extractGriffelCss(code, 'src/x.tsx', parse)).toThrow(
      /src\/x\.tsx:3: __styles\(\) has non-literal arguments/,
    );
  });
});

describe('token inlining', () => {
  const values = {
    colorNeutralForeground1: 'var(--colorNeutralForeground1)',
    zIndexPopup: 'var(--zIndexPopup, 2000)',
  };

  it('replaces reads of Fluent’s tokens object with the strings they evaluate to', () => {
    const code = [
      "import { tokens as t, Button } from '@fluentui/react-components';",
      'export const a = `calc(${t.colorNeutralForeground1} + 1px)`;',
      'export const b = { z: t.zIndexPopup, other: t.notAToken, B: Button };',
    ].join('\n');
    const result = extractGriffelCss(code, 'm.js', parse, values)!;
    expect(result.tokens).toBe(2);
    expect(result.code).toContain('`calc(${"var(--colorNeutralForeground1)"} + 1px)`');
    expect(result.code).toContain('z: "var(--zIndexPopup, 2000)"');
    expect(result.code).toContain('t.notAToken');
  });

  it('leaves a local variable called tokens alone', () => {
    const code = 'const tokens = { getAccessToken() {} };\nexport const a = tokens.getAccessToken;';
    expect(extractGriffelCss(code, 'm.js', parse, values)).toBeNull();
  });

  it('uses the same tokens the app renders with', async () => {
    const [{ tokens: fromBuild }, { tokens: fromApp }] = await Promise.all([
      import('@fluentui/tokens'),
      import('@fluentui/react-components'),
    ]);
    expect(fromBuild).toEqual(fromApp);
  });
});
