import { webLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

let loaded: Theme | null = null;
let loading: Promise<Theme> | null = null;

/**
 * Fluent's dark theme, loaded on first use: its colour tokens are ~2.5 KB gzip that a page shown
 * in the light theme never needs. main.tsx starts it before the first render when the page will
 * open dark, so a dark page never flashes light.
 */
export function loadDarkTheme(): Promise<Theme> {
  loading ??= import('./dark-theme-tokens').then((module) => (loaded = module.webDarkTheme));
  return loading;
}

/**
 * The Fluent theme to apply for the resolved light/dark choice, and its name. Switching to dark
 * keeps the light theme for the moment the dark one takes to load, the first time only.
 */
export function useFluentTheme(resolved: 'light' | 'dark'): {
  theme: Theme;
  applied: 'light' | 'dark';
} {
  const [dark, setDark] = useState(() => loaded);
  useEffect(() => {
    if (resolved !== 'dark' || dark) return;
    let current = true;
    void loadDarkTheme().then((theme) => current && setDark(theme));
    return () => {
      current = false;
    };
  }, [resolved, dark]);
  return resolved === 'dark' && dark
    ? { theme: dark, applied: 'dark' }
    : { theme: webLightTheme, applied: 'light' };
}
