import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { computeRowWindow, useRowWindow, viewportHeightOf } from './use-row-window';

const base = { rowHeight: 44, overscan: 0, headerOffset: 44, viewportHeight: 800, scrollTop: 0 };

describe('computeRowWindow', () => {
  it('renders the rows below the header that fit the viewport, at the top', () => {
    // 800 − 44 px of header leave 756 px: 17.2 rows, so rows 0–17.
    expect(computeRowWindow({ ...base, count: 200 })).toEqual({
      start: 0,
      end: 18,
      totalHeight: 8800,
    });
  });

  it('adds the overscan on both sides, within the list', () => {
    expect(computeRowWindow({ ...base, count: 200, overscan: 5 })).toMatchObject({
      start: 0,
      end: 23,
    });
    // Scrolled by 100 rows: rows 100–117 in view, 95–122 rendered.
    expect(
      computeRowWindow({ ...base, count: 200, overscan: 5, scrollTop: 100 * 44 }),
    ).toMatchObject({ start: 95, end: 123 });
  });

  it('counts a row cut by either edge of the viewport as visible', () => {
    // 10 px into row 3 at the top; the bottom edge (10 + 756 = 766 px) cuts row 17.
    expect(computeRowWindow({ ...base, count: 200, scrollTop: 3 * 44 + 10 })).toMatchObject({
      start: 3,
      end: 21,
    });
  });

  it('stops at the end of a short list and when scrolled past the end', () => {
    expect(computeRowWindow({ ...base, count: 5, overscan: 12 })).toEqual({
      start: 0,
      end: 5,
      totalHeight: 220,
    });
    // A list that shrank under a scrolled container (the browser clamps scrollTop a moment later).
    expect(computeRowWindow({ ...base, count: 5, overscan: 2, scrollTop: 10_000 })).toEqual({
      start: 2,
      end: 5,
      totalHeight: 220,
    });
  });

  it('renders nothing for an empty list, and at least one row for a tiny viewport', () => {
    expect(computeRowWindow({ ...base, count: 0 })).toEqual({ start: 0, end: 0, totalHeight: 0 });
    expect(computeRowWindow({ ...base, count: 10, viewportHeight: 20 })).toMatchObject({
      start: 0,
      end: 1,
    });
  });

  it('ignores a negative scrollTop (elastic overscroll)', () => {
    expect(computeRowWindow({ ...base, count: 200, scrollTop: -80 })).toMatchObject({
      start: 0,
      end: 18,
    });
  });

  it('keeps 100,000 rows cheap: the window size does not depend on the count', () => {
    const range = computeRowWindow({ ...base, count: 100_000, overscan: 10, scrollTop: 2_000_000 });
    expect(range.end - range.start).toBeLessThanOrEqual(39);
    expect(range.totalHeight).toBe(4_400_000);
  });
});

describe('viewportHeightOf', () => {
  it('uses the measured height, and the fallback when the box measures 0×0', () => {
    expect(viewportHeightOf({ clientWidth: 1200, clientHeight: 600 }, 800)).toBe(600);
    expect(viewportHeightOf({ clientWidth: 0, clientHeight: 0 }, 800)).toBe(800);
    expect(viewportHeightOf(null, 800)).toBe(800);
    // A box squeezed to no height but with a width really is 0 px tall.
    expect(viewportHeightOf({ clientWidth: 1200, clientHeight: 0 }, 800)).toBe(0);
  });
});

function scrollBox({ height = 0, width = 0 } = {}) {
  const element = document.createElement('div');
  Object.defineProperty(element, 'clientHeight', { configurable: true, value: height });
  Object.defineProperty(element, 'clientWidth', { configurable: true, value: width });
  let top = 0;
  Object.defineProperty(element, 'scrollTop', { configurable: true, get: () => top });
  const scrollTo = (next: number) => {
    top = next;
    element.dispatchEvent(new Event('scroll'));
  };
  return { element, scrollTo };
}

describe('useRowWindow', () => {
  const options = { count: 200, rowHeight: 44, overscan: 2, headerOffset: 44 };

  it('falls back to an 800 px viewport without layout (jsdom)', () => {
    const { element } = scrollBox();
    const { result } = renderHook(() =>
      useRowWindow({ ...options, scrollRef: { current: element } }),
    );
    expect(result.current).toMatchObject({ start: 0, end: 20, totalHeight: 8800 });
    expect(result.current.indexes).toHaveLength(20);
    expect(result.current.offsetOf(3)).toBe(132);
  });

  it('follows scrolling, and re-renders only when the rendered rows change', () => {
    const { element, scrollTo } = scrollBox({ height: 470, width: 1000 });
    const ref = { current: element };
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return useRowWindow({ ...options, scrollRef: ref });
    });
    // 470 − 44 = 426 px: rows 0–9, plus 2 of overscan.
    expect(result.current).toMatchObject({ start: 0, end: 12 });
    const before = renders;
    act(() => scrollTo(10));
    expect(renders).toBe(before);
    act(() => scrollTo(50 * 44));
    expect(result.current).toMatchObject({ start: 48, end: 62 });
    expect(result.current.indexes[0]).toBe(48);
  });

  it('recomputes when the count changes', () => {
    const { element } = scrollBox({ height: 484, width: 1000 });
    const ref = { current: element };
    const { result, rerender } = renderHook(
      ({ count }) => useRowWindow({ ...options, count, scrollRef: ref }),
      { initialProps: { count: 200 } },
    );
    rerender({ count: 4 });
    expect(result.current).toMatchObject({ start: 0, end: 4, totalHeight: 176 });
  });
});
