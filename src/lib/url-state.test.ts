import { act, render, waitFor } from '@testing-library/react';
import { createElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { applySearchParamUpdate, useSearchParamState } from './url-state';

describe('applySearchParamUpdate', () => {
  it('sets, replaces and removes several params, keeping the others', () => {
    const next = applySearchParamUpdate(new URLSearchParams('a=1&b=2&c=3'), {
      a: 'x',
      b: null,
      c: undefined,
      d: 'new value',
      e: '',
    });
    expect(next.toString()).toBe('a=x&d=new+value');
  });

  it('does not change its input', () => {
    const current = new URLSearchParams('a=1');
    applySearchParamUpdate(current, { a: null });
    expect(current.toString()).toBe('a=1');
  });
});

function setup(initial: string | string[], loader?: () => Promise<null>) {
  let state: ReturnType<typeof useSearchParamState> | undefined;
  function Probe() {
    state = useSearchParamState();
    return null;
  }
  const router = createMemoryRouter(
    [{ path: '/page', Component: Probe, loader, HydrateFallback: () => null }],
    {
      initialEntries: Array.isArray(initial) ? initial : [initial],
      initialIndex: Array.isArray(initial) ? initial.length - 1 : 0,
    },
  );
  render(createElement(RouterProvider, { router }));
  const current = () => {
    if (!state) throw new Error('not rendered');
    return state;
  };
  return { router, current };
}

describe('useSearchParamState', () => {
  it('reads the params of the current URL', () => {
    const { current } = setup('/page?q=dc1&sort=name');
    const [params] = current();
    expect(params.get('q')).toBe('dc1');
    expect(params.get('sort')).toBe('name');
  });

  it('replaces the history entry by default and pushes when asked', async () => {
    const { router, current } = setup('/page?q=dc');
    await act(async () => current()[1]({ q: 'dc1' }));
    expect(router.state.location.search).toBe('?q=dc1');
    expect(router.state.historyAction).toBe('REPLACE');

    await act(async () => current()[1]({ item: '42' }, { history: 'push' }));
    expect(router.state.location.search).toBe('?q=dc1&item=42');
    expect(router.state.historyAction).toBe('PUSH');

    await act(async () => router.navigate(-1));
    expect(router.state.location.search).toBe('?q=dc1');
  });

  it('lets quick successive changes build on each other before the URL updates', async () => {
    const { router, current } = setup('/page');
    await act(async () => {
      const [, set] = current();
      set({ q: 'd' });
      set({ q: 'dc' });
      set({ status: 'Outdated' });
    });
    expect(router.state.location.search).toBe('?q=dc&status=Outdated');
  });

  it('does not navigate when nothing changes', async () => {
    const { router, current } = setup('/page?q=dc');
    const before = router.state.location.key;
    await act(async () => current()[1]({ q: 'dc', other: null }, { history: 'push' }));
    expect(router.state.location.key).toBe(before);
  });
});

describe('useSearchParamState with slow route loaders', () => {
  /** A loader that finishes only when the test says so, like one waiting on the network. */
  function gatedLoader() {
    const gates: (() => void)[] = [];
    const loader = () => new Promise<null>((resolve) => gates.push(() => resolve(null)));
    const releaseAll = () => gates.splice(0).forEach((release) => release());
    return { loader, releaseAll };
  }

  it('shows what was asked for at once, and the URL catches up', async () => {
    const { loader, releaseAll } = gatedLoader();
    const { router, current } = setup('/page?q=d', loader);
    await act(async () => releaseAll());
    await waitFor(() => expect(current()[0].get('q')).toBe('d'));

    await act(async () => current()[1]({ q: 'dc' }));
    await act(async () => current()[1]({ q: 'dc1' }));
    expect(current()[0].get('q')).toBe('dc1');
    expect(router.state.location.search).toBe('?q=d');

    await act(async () => releaseAll());
    await waitFor(() => expect(router.state.location.search).toBe('?q=dc1'));
    expect(current()[0].get('q')).toBe('dc1');
  });

  it('lets a navigation made elsewhere win over a pending change', async () => {
    const { loader, releaseAll } = gatedLoader();
    const { router, current } = setup('/page', loader);
    await act(async () => releaseAll());

    await act(async () => current()[1]({ q: 'typed' }));
    expect(current()[0].get('q')).toBe('typed');
    await act(async () => {
      void router.navigate('/page?q=elsewhere');
      await Promise.resolve();
      releaseAll();
    });
    await waitFor(() => expect(router.state.location.search).toBe('?q=elsewhere'));
    expect(current()[0].get('q')).toBe('elsewhere');
  });

  it('settles when changes come back to the URL before it moved', async () => {
    const { loader, releaseAll } = gatedLoader();
    const { router, current } = setup('/page', loader);
    await act(async () => releaseAll());

    await act(async () => current()[1]({ item: 'x' }, { history: 'push' }));
    await act(async () => current()[1]({ item: null }, { history: 'push' }));
    await act(async () => releaseAll());
    await waitFor(() => expect(router.state.navigation.state).toBe('idle'));
    expect(current()[0].toString()).toBe('');

    // Nothing is left pending: a later navigation to the same params is taken as it is.
    await act(async () => {
      void router.navigate('/page?item=x');
      await Promise.resolve();
      releaseAll();
    });
    await waitFor(() => expect(router.state.location.search).toBe('?item=x'));
    expect(current()[0].get('item')).toBe('x');
  });

  it('follows Back even when it lands on the same params as before', async () => {
    const { loader, releaseAll } = gatedLoader();
    const { router, current } = setup(['/page', '/page'], loader);
    await act(async () => releaseAll());

    await act(async () => current()[1]({ item: 'x' }, { history: 'push' }));
    expect(current()[0].get('item')).toBe('x');
    await act(async () => {
      void router.navigate(-1);
      await Promise.resolve();
      releaseAll();
    });
    await waitFor(() => expect(router.state.navigation.state).toBe('idle'));
    expect(router.state.location.search).toBe('');
    expect(current()[0].get('item')).toBeNull();
  });
});
