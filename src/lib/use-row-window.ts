import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * A window of rows over a long list with one fixed row height, for a scroll container that may
 * start with a sticky header: only the rows in view (plus `overscan` either side) are rendered,
 * each positioned at `offsetOf(index)` inside a body `totalHeight` tall.
 *
 * Deliberately small (see ARCHITECTURE.md § Deviations): no variable heights, no horizontal
 * windowing, no measuring of rows. 100,000 rows of 44 px are 4.4 M px of body, well under the
 * tallest box browsers lay out (~17 M px in Firefox, ~33 M px in Chromium).
 */

export interface RowWindowInput {
  count: number;
  rowHeight: number;
  /** Rows rendered beyond each edge of the viewport, so fast scrolling and Tab find them ready. */
  overscan: number;
  /** The container's scrollTop. */
  scrollTop: number;
  /** The container's inner height (clientHeight). */
  viewportHeight: number;
  /** Height of what precedes the rows inside the container (a sticky header row). */
  headerOffset: number;
}

export interface RowWindowRange {
  /** First rendered index. */
  start: number;
  /** One past the last rendered index (`start === end`: nothing to render). */
  end: number;
  /** Height of the body that holds every row. */
  totalHeight: number;
}

/** Which rows to render (pure: no layout, so it is unit-tested on its own). */
export function computeRowWindow({
  count,
  rowHeight,
  overscan,
  scrollTop,
  viewportHeight,
  headerOffset,
}: RowWindowInput): RowWindowRange {
  const rows = Math.max(0, Math.floor(count));
  const totalHeight = rows * rowHeight;
  if (rows === 0 || rowHeight <= 0) return { start: 0, end: 0, totalHeight };
  // In body coordinates, the viewport shows [scrollTop, scrollTop + height − header]: a sticky
  // header covers the top `headerOffset` px of the viewport, and the body starts below it.
  const top = Math.max(0, scrollTop);
  const bottom = top + Math.max(0, viewportHeight - headerOffset);
  const first = Math.min(rows - 1, Math.floor(top / rowHeight));
  const last = Math.min(rows, Math.max(first + 1, Math.ceil(bottom / rowHeight)));
  return {
    start: Math.max(0, first - overscan),
    end: Math.min(rows, last + overscan),
    totalHeight,
  };
}

/** The container's height, or the fallback when it measures 0×0 (no layout: jsdom, or hidden). */
export function viewportHeightOf(
  element: Pick<HTMLElement, 'clientWidth' | 'clientHeight'> | null,
  fallbackHeight: number,
): number {
  if (!element || (element.clientWidth === 0 && element.clientHeight === 0)) return fallbackHeight;
  return element.clientHeight;
}

export interface RowWindowOptions {
  count: number;
  rowHeight: number;
  /** Rows beyond each edge of the viewport; default 10. */
  overscan?: number;
  /** The scroll container (overflow: auto) holding the header and the rows. */
  scrollRef: RefObject<HTMLElement | null>;
  /** Height of a sticky header above the rows, inside the container; default 0. */
  headerOffset?: number;
  /** Viewport height assumed before the first measurement and whenever it measures 0×0; default 800. */
  fallbackHeight?: number;
}

export interface RowWindow extends RowWindowRange {
  /** The rendered indexes, `start` to `end − 1`. */
  indexes: number[];
  /** Top of row `index` inside the body. */
  offsetOf: (index: number) => number;
}

const sameRange = (a: RowWindowRange, b: RowWindowRange) => a.start === b.start && a.end === b.end;

/**
 * Follows the container's scroll position (passive listener) and size (ResizeObserver) and
 * returns the rows to render. Re-renders only when the rendered range changes, not on every
 * scrolled pixel.
 */
export function useRowWindow({
  count,
  rowHeight,
  overscan = 10,
  scrollRef,
  headerOffset = 0,
  fallbackHeight = 800,
}: RowWindowOptions): RowWindow {
  const [viewport, setViewport] = useState({ scrollTop: 0, height: fallbackHeight });
  const geometry = { count, rowHeight, overscan, headerOffset, fallbackHeight };
  const latest = useRef({ geometry, viewport });
  useLayoutEffect(() => {
    latest.current = { geometry, viewport };
  });

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const update = () => {
      const { geometry: g, viewport: current } = latest.current;
      const next = {
        scrollTop: element.scrollTop,
        height: viewportHeightOf(element, g.fallbackHeight),
      };
      const unchanged =
        current.height === next.height &&
        sameRange(
          computeRowWindow({ ...g, scrollTop: current.scrollTop, viewportHeight: current.height }),
          computeRowWindow({ ...g, scrollTop: next.scrollTop, viewportHeight: next.height }),
        );
      if (unchanged) return;
      // Seen by the next event even before React renders.
      latest.current = { geometry: g, viewport: next };
      setViewport(next);
    };
    update();
    element.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [scrollRef]);

  const range = computeRowWindow({
    count,
    rowHeight,
    overscan,
    headerOffset,
    scrollTop: viewport.scrollTop,
    viewportHeight: viewport.height,
  });
  const indexes = Array.from({ length: range.end - range.start }, (_, i) => range.start + i);
  return { ...range, indexes, offsetOf: (index) => index * rowHeight };
}
