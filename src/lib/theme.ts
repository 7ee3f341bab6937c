import { useCallback, useSyncExternalStore } from 'react';

export type ThemePreference = 'light' | 'dark' | 'system';
const STORAGE_KEY = 'vigil.theme';
const listeners = new Set<() => void>();

function readPreference(): ThemePreference {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return stored === 'light' || stored === 'dark' || stored === 'system' ? stored : 'system';
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', listener);
  return () => {
    listeners.delete(listener);
    media.removeEventListener('change', listener);
  };
}

const systemPrefersDark = () => window.matchMedia('(prefers-color-scheme: dark)').matches;

/** The theme the page opens in (outside React: start-up). */
export function resolvedThemeNow(): 'light' | 'dark' {
  const preference = readPreference();
  return preference === 'system' ? (systemPrefersDark() ? 'dark' : 'light') : preference;
}

/** The remembered theme choice and the theme it resolves to right now. */
export function useTheme() {
  const preference = useSyncExternalStore(subscribe, readPreference, () => 'system' as const);
  const systemDark = useSyncExternalStore(subscribe, systemPrefersDark, () => false);
  const setPreference = useCallback((next: ThemePreference) => {
    window.localStorage.setItem(STORAGE_KEY, next);
    listeners.forEach((l) => l());
  }, []);
  const resolved: 'light' | 'dark' =
    preference === 'system' ? (systemDark ? 'dark' : 'light') : preference;
  return { preference, resolved, setPreference };
}
