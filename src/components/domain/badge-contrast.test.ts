import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { healthBadgeStyles } from './health-badge';
import { sensorStatusColors } from './sensor-status-badge';

/**
 * Background and text tokens of Fluent's Badge per appearance and colour, as in
 * @fluentui/react-badge useBadgeStyles (only the pairs these badges use).
 */
const badgeTokens: Record<string, [background: keyof Theme, text: keyof Theme]> = {
  'filled-warning': ['colorPaletteYellowBackground3', 'colorNeutralForeground1Static'],
  'filled-severe': ['colorPaletteDarkOrangeBackground3', 'colorNeutralForegroundOnBrand'],
  'filled-danger': ['colorPaletteRedBackground3', 'colorNeutralForegroundOnBrand'],
  'tint-success': ['colorPaletteGreenBackground1', 'colorPaletteGreenForeground1'],
  'tint-warning': ['colorPaletteYellowBackground1', 'colorPaletteYellowForeground1'],
  'tint-danger': ['colorPaletteRedBackground1', 'colorPaletteRedForeground1'],
  'tint-brand': ['colorBrandBackground2', 'colorBrandForeground2'],
};

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

const used = [
  ...Object.values(healthBadgeStyles).map((s) => `${s.appearance}-${s.color}`),
  ...Object.values(sensorStatusColors).map((color) => `tint-${color}`),
];

describe.each([
  ['light', webLightTheme],
  ['dark', webDarkTheme],
])('badge colours in the %s theme', (_name, theme) => {
  it.each([...new Set(used)])(
    '%s text has at least 4.5:1 contrast (WCAG AA, small text)',
    (key) => {
      const pair = badgeTokens[key];
      expect(pair, `add ${key} to badgeTokens`).toBeDefined();
      const [background, text] = pair ?? ['colorNeutralBackground1', 'colorNeutralForeground1'];
      expect(contrast(String(theme[background]), String(theme[text]))).toBeGreaterThanOrEqual(4.5);
    },
  );
});
