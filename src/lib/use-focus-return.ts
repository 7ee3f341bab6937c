import { useCallback, useLayoutEffect, useRef } from 'react';

const focusable = (element: HTMLElement | null | undefined): HTMLElement | null =>
  element?.isConnected && !element.matches(':disabled') ? element : null;

/**
 * Gives focus back when a panel that the URL opens (a drawer, a dialog) closes, without Fluent's
 * `useRestoreFocusTarget()` (which brings the whole tabster focus library into the page's first
 * render): call the returned `remember(opener)` when opening; once `openKey` turns null, focus goes
 * to the opener if it is still in the document and enabled, else to `fallback(lastKey)` (the
 * panel may have been opened from a link, or its opener re-rendered). Focus is moved only when it
 * was lost (on `body`), so it never steals focus the user put somewhere else: render the panel only
 * while it is open, so that closing it removes the focused element.
 */
export function useFocusReturn<K extends string>(
  openKey: K | null,
  fallback?: (closedKey: K) => HTMLElement | null | undefined,
): (opener?: HTMLElement | null) => void {
  const opener = useRef<HTMLElement | null>(null);
  const last = useRef<K | null>(openKey);
  const fallbackRef = useRef(fallback);
  useLayoutEffect(() => {
    fallbackRef.current = fallback;
  });

  // A layout effect: it runs in the commit that removes the panel, before any timer (tabster's
  // own restorer, when another component loaded it, runs in one and then finds focus taken).
  useLayoutEffect(() => {
    const closed = last.current;
    last.current = openKey;
    if (closed === null || openKey !== null) return;
    const from = opener.current;
    opener.current = null;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    (focusable(from) ?? focusable(fallbackRef.current?.(closed)))?.focus();
  }, [openKey]);

  return useCallback((element?: HTMLElement | null) => {
    const active = document.activeElement;
    opener.current = element ?? (active instanceof HTMLElement ? active : null);
  }, []);
}
