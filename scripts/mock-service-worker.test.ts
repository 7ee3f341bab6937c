import { beforeAll, describe, expect, it } from 'vitest';
import { endpoints } from '../src/api/endpoints';
import {
  mockedPathPrefix,
  mockServiceWorkerSource,
  patchWorker,
} from './lib/mock-service-worker.mjs';

type FetchListener = (event: {
  request: { url: string };
  respondWith: (response: unknown) => void;
}) => void;

/**
 * Loads the patched worker with just enough of a worker scope: one open page whose mocking is on
 * (the worker restores it from its cache, as after a restart). Resolves once it is restored.
 */
async function fetchListener(): Promise<FetchListener> {
  let listener: FetchListener | undefined;
  const page = { id: 'page-1', frameType: 'top-level', visibilityState: 'visible' };
  const scope = {
    location: new URL('http://127.0.0.1:4173/mockServiceWorker.js'),
    registration: { scope: 'http://127.0.0.1:4173/' },
    clients: { matchAll: () => Promise.resolve([page]), get: () => new Promise(() => {}) },
  };
  const stored = { json: () => Promise.resolve([page.id]) };
  const caches = { open: () => Promise.resolve({ match: () => Promise.resolve(stored) }) };
  const addEventListener = (type: string, handler: FetchListener) => {
    if (type === 'fetch') listener = handler;
  };
  new Function('self', 'addEventListener', 'caches', mockServiceWorkerSource())(
    scope,
    addEventListener,
    caches,
  );
  if (!listener) throw new Error('the worker registered no fetch listener');
  await new Promise((resolve) => setTimeout(resolve, 0));
  return listener;
}

/** Whether the worker takes the request (respondWith) or leaves it to the network. */
function handled(listener: FetchListener, url: string) {
  let responded = false;
  listener({
    request: { url },
    respondWith: (response) => {
      responded = true;
      void Promise.resolve(response).catch(() => {});
    },
  });
  return responded;
}

describe('the mock service worker (demo builds and the dev server)', () => {
  let listener: FetchListener;
  beforeAll(async () => {
    listener = await fetchListener();
  });

  it('leaves same-origin requests outside /api/ to the network', () => {
    for (const path of ['/assets/index-abc.js', '/assets/griffel-x.css', '/home', '/favicon.svg'])
      expect(handled(listener, `http://127.0.0.1:4173${path}`), path).toBe(false);
  });

  it('still takes every endpoint and the identity host', () => {
    expect(handled(listener, `http://127.0.0.1:4173${endpoints.me}`)).toBe(true);
    expect(handled(listener, 'https://login.microsoftonline.com/contoso/oauth2/v2.0/token')).toBe(
      true,
    );
  });

  it('every endpoint is under the prefix the worker passes to the page', () => {
    const paths = Object.values(endpoints).flatMap((value) =>
      typeof value === 'function'
        ? [(value as (...a: string[]) => string)('x', 'y')]
        : typeof value === 'string'
          ? [value]
          : Object.values(value as Record<string, string | ((...a: string[]) => string)>).map(
              (v) => (typeof v === 'function' ? v('x', 'y') : v),
            ),
    );
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) expect(path.startsWith(mockedPathPrefix), path).toBe(true);
  });

  it('fails loudly when MSW changes the listener it patches', () => {
    expect(() => patchWorker('self.onfetch = () => {}')).toThrow(/has MSW changed its worker/);
  });
});
