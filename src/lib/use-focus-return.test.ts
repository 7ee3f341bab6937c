import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useFocusReturn } from './use-focus-return';

function button(name: string) {
  const element = document.createElement('button');
  element.textContent = name;
  document.body.append(element);
  return element;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('useFocusReturn', () => {
  it('focuses the opener again once the panel closes', () => {
    const opener = button('Open');
    const { result, rerender } = renderHook(({ key }) => useFocusReturn(key), {
      initialProps: { key: null as string | null },
    });
    result.current(opener);
    rerender({ key: 'a' });
    // The panel took focus and was removed: focus is lost to body.
    (document.activeElement as HTMLElement | null)?.blur();
    rerender({ key: null });
    expect(document.activeElement).toBe(opener);
  });

  it('falls back when the opener is gone or disabled, with the key that closed', () => {
    const opener = button('Open');
    const fallback = button('Fallback');
    const closedKeys: string[] = [];
    const { result, rerender } = renderHook(
      ({ key }) =>
        useFocusReturn(key, (closed) => {
          closedKeys.push(closed);
          return fallback;
        }),
      { initialProps: { key: 'a' as string | null } },
    );
    result.current(opener);
    opener.remove();
    rerender({ key: null });
    expect(document.activeElement).toBe(fallback);
    expect(closedKeys).toEqual(['a']);

    const disabled = button('Disabled');
    rerender({ key: 'b' });
    result.current(disabled);
    disabled.disabled = true;
    fallback.blur();
    rerender({ key: null });
    expect(document.activeElement).toBe(fallback);
    expect(closedKeys).toEqual(['a', 'b']);
  });

  it('leaves focus alone when the user put it somewhere else', () => {
    const opener = button('Open');
    const elsewhere = button('Elsewhere');
    const { result, rerender } = renderHook(({ key }) => useFocusReturn(key), {
      initialProps: { key: 'a' as string | null },
    });
    result.current(opener);
    elsewhere.focus();
    rerender({ key: null });
    expect(document.activeElement).toBe(elsewhere);
  });

  it('does nothing while the panel only changes what it shows', () => {
    const opener = button('Open');
    const { result, rerender } = renderHook(({ key }) => useFocusReturn(key), {
      initialProps: { key: 'a' as string | null },
    });
    result.current(opener);
    rerender({ key: 'b' });
    expect(document.activeElement).toBe(document.body);
    rerender({ key: null });
    expect(document.activeElement).toBe(opener);
  });
});
