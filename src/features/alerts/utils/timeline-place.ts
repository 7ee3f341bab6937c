import type { AlertFilter } from '@/api/contracts/alerts';

/** Where the reader was on the timeline of one filter: how far down, and which alert was selected. */
export interface TimelinePlace {
  scrollTop: number;
  selectedId: string | null;
}

const PREFIX = 'vigil.alerts.place.';
const SEARCH_KEY = 'vigil.alerts.search';
const memory = new Map<string, string>();

function storage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  try {
    if (typeof sessionStorage !== 'undefined') return sessionStorage;
  } catch {
    // Storage can be blocked (privacy settings): keep the place for this page only.
  }
  return {
    getItem: (key) => memory.get(key) ?? null,
    setItem: (key, value) => void memory.set(key, value),
    removeItem: (key) => void memory.delete(key),
  };
}

/**
 * Kept per tab (sessionStorage), so coming back from an alert, or Back, restores the place; the
 * loaded pages themselves stay in the query cache.
 */
export function savePlace(filter: AlertFilter, place: TimelinePlace): void {
  try {
    storage().setItem(PREFIX + filter, JSON.stringify(place));
  } catch {
    // Quota or blocked storage: the place is a convenience.
  }
}

export function readPlace(filter: AlertFilter): TimelinePlace | null {
  try {
    const raw = storage().getItem(PREFIX + filter);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<TimelinePlace>;
    if (typeof value.scrollTop !== 'number' || !Number.isFinite(value.scrollTop)) return null;
    return {
      scrollTop: Math.max(0, value.scrollTop),
      selectedId: typeof value.selectedId === 'string' ? value.selectedId : null,
    };
  } catch {
    return null;
  }
}

export function forgetPlace(filter: AlertFilter): void {
  try {
    storage().removeItem(PREFIX + filter);
  } catch {
    // Nothing to forget.
  }
}

/** The timeline's search (its filter) when last shown: the alert page's Back link returns to it. */
export function saveTimelineSearch(search: string): void {
  try {
    storage().setItem(SEARCH_KEY, search);
  } catch {
    // Back then opens the default filter.
  }
}

export function timelineSearch(): string {
  try {
    return storage().getItem(SEARCH_KEY) ?? '';
  } catch {
    return '';
  }
}
