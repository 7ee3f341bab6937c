import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iconFamilyFile, rewriteIconImports } from './lib/fluent-icon-atoms.mjs';

const require = createRequire(import.meta.url);
const svgDir = join(
  dirname(require.resolve('@fluentui/react-icons/package.json')),
  'lib/atoms/svg',
);
const exportsOf = (file: string) => {
  const path = join(svgDir, `${file}.js`);
  return existsSync(path)
    ? new Set(
        [...readFileSync(path, 'utf8').matchAll(/export const (\w+)/g)].map((m) => m[1] ?? ''),
      )
    : null;
};

describe('fluent icon atoms', () => {
  it('names the family module of an icon', () => {
    expect(iconFamilyFile('HomeRegular')).toBe('home');
    expect(iconFamilyFile('CheckmarkCircle20Filled')).toBe('checkmark-circle');
    expect(iconFamilyFile('useIconState')).toBeNull();
  });

  it('imports each icon from its family module and keeps the rest', () => {
    const code = [
      'import {',
      '  HomeRegular,',
      '  Checkmark12Filled as Tick,',
      '  HeartPulseRegular,',
      '  bundleIcon,',
      "} from '@fluentui/react-icons';",
      "import { Button } from '@fluentui/react-components';",
    ].join('\n');
    const out = rewriteIconImports(code, exportsOf);
    expect(out).toContain("import { bundleIcon } from '@fluentui/react-icons';");
    expect(out).toContain("import { HomeRegular } from '@fluentui/react-icons/svg/home';");
    expect(out).toContain(
      "import { Checkmark12Filled as Tick } from '@fluentui/react-icons/svg/checkmark';",
    );
    expect(out).toContain("from '@fluentui/react-icons/svg/heart-pulse';");
    expect(out).toContain("import { Button } from '@fluentui/react-components';");
  });

  it('leaves code without icon imports, or with names no family module exports, alone', () => {
    expect(
      rewriteIconImports("import { Button } from '@fluentui/react-components';", exportsOf),
    ).toBeNull();
    expect(
      rewriteIconImports("import { NoSuchThingRegular } from '@fluentui/react-icons';", exportsOf),
    ).toBeNull();
  });

  it('finds a family module for every icon the app imports', () => {
    const names = ['HomeRegular', 'ShieldErrorRegular', 'ArrowDownloadRegular', 'SettingsRegular'];
    for (const name of names) expect(exportsOf(iconFamilyFile(name)!)?.has(name)).toBe(true);
  });
});
