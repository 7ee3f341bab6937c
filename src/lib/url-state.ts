import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';

/** New values for some search params: a string sets it, null / undefined / '' removes it. */
export type SearchParamUpdate = Record<string, string | null | undefined>;

export interface SetSearchParamsOptions {
  /**
   * 'replace' (default) for changes made while typing or picking filters, so Back does not step
   * through every keystroke; 'push' for navigations the user expects Back to undo (opening a panel).
   */
  history?: 'push' | 'replace' | undefined;
}

/** Applies `update` to a copy of `current`; params not named in `update` are kept as they are. */
export function applySearchParamUpdate(
  current: URLSearchParams,
  update: SearchParamUpdate,
): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [key, value] of Object.entries(update)) {
    if (value === null || value === undefined || value === '') next.delete(key);
    else next.set(key, value);
  }
  return next;
}

interface Pending {
  /** What the last change asked for. */
  params: URLSearchParams;
  /** Ids of the navigations asked for and not yet seen in the URL, oldest first. */
  requested: number[];
}

/** Navigations made by this hook carry an id in their history state, to tell them from others. */
const MARK = 'searchParamStateId';
let lastId = 0;

function markOf(state: unknown): number | null {
  if (typeof state !== 'object' || state === null || !(MARK in state)) return null;
  const id = (state as Record<string, unknown>)[MARK];
  return typeof id === 'number' ? id : null;
}

/**
 * The URL's search params as state: read them, and change several at once.
 *
 * A data router commits a navigation only after its loaders ran, so the URL lags behind fast
 * typing. Until it catches up this hook returns the params last asked for (optimistically), and
 * successive changes build on each other; a navigation made elsewhere (Back, a link) wins.
 */
export function useSearchParamState() {
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const [pending, setPending] = useState<Pending | null>(null);
  const [seenKey, setSeenKey] = useState(location.key);

  let current = pending;
  if (location.key !== seenKey) {
    // A navigation committed: if it is one of ours, drop it and those before it (interrupted
    // ones never commit); if it came from elsewhere, the URL wins.
    const mark = markOf(location.state);
    const index = pending && mark !== null ? pending.requested.indexOf(mark) : -1;
    current =
      pending && index >= 0 && index < pending.requested.length - 1
        ? { params: pending.params, requested: pending.requested.slice(index + 1) }
        : null;
    setSeenKey(location.key);
    setPending(current);
  }
  const params = current?.params ?? searchParams;

  const latest = useRef<Pending>({ params, requested: [] });
  useLayoutEffect(() => {
    latest.current = { params, requested: current?.requested ?? [] };
  });

  const update = useCallback(
    (changes: SearchParamUpdate, options: SetSearchParamsOptions = {}) => {
      const base = latest.current;
      const next = applySearchParamUpdate(base.params, changes);
      if (next.toString() === base.params.toString()) return;
      const id = ++lastId;
      const requested = { params: next, requested: [...base.requested, id] };
      latest.current = requested;
      setPending(requested);
      setSearchParams(next, {
        state: { [MARK]: id },
        replace: (options.history ?? 'replace') === 'replace',
        preventScrollReset: true,
      });
    },
    [setSearchParams],
  );

  return [params, update] as const;
}
