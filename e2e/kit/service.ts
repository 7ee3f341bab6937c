import type { Page } from '@playwright/test';

/**
 * Waits until the demo's backend runs in the page: it starts before the app replaces index.html's
 * boot message (src/main.tsx). Until then a request from the page reaches the static file server,
 * which answers every path with index.html (200).
 */
export async function mockBackendReady(page: Page) {
  await page.waitForFunction(() => !document.getElementById('boot'));
}

/**
 * The demo's backend runs inside each browser context (service worker + IndexedDB), so two
 * contexts hold two copies of "the service". Where a journey needs one shared service (an admin
 * changes something another user then sees), this copies the service's saved state from one
 * context to the other, as a real shared backend would hold it. No session is copied; the
 * receiving page's backend reads the state on its next request.
 */
export async function shareServiceState(from: Page, to: Page) {
  const state = await from.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('vigil-demo');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result
            .transaction('mock-backend', 'readonly')
            .objectStore('mock-backend')
            .get('state');
          get.onerror = () => reject(get.error);
          get.onsuccess = () => resolve(get.result);
        };
      }),
  );
  await to.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('vigil-demo');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('mock-backend', 'readwrite');
          tx.objectStore('mock-backend').put(value, 'state');
          tx.oncomplete = () => {
            // The backend reloads its saved state only when the origin's revision changed since it
            // last loaded or saved (mocks/store/persistence.ts withRevision): say that it did.
            localStorage.setItem('vigil-demo:revision', `shared:${Date.now()}`);
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    state,
  );
}

/** The bearer token the portal sends to the API, read from the first API request `trigger` causes. */
export async function captureAccessToken(page: Page, trigger: () => Promise<unknown>) {
  const request = page.waitForRequest(
    (r) => r.url().includes('/api/') && !!r.headers().authorization,
  );
  await trigger();
  const header = (await request).headers().authorization ?? '';
  return header.replace(/^Bearer /, '');
}

/**
 * Calls the Vigil API from inside the page (where the demo's backend runs) with `token`, the way
 * every client of the API does; for checks that the service itself refuses what the UI hides.
 * A PUT or PATCH first reads the resource for its ETag and sends it as If-Match.
 */
export async function callApi(
  page: Page,
  token: string,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  await mockBackendReady(page);
  const answer = await page.evaluate(
    async ([m, url, bearer, json]) => {
      const auth = { Authorization: `Bearer ${bearer}` };
      const headers: Record<string, string> = { ...auth, 'Content-Type': 'application/json' };
      if (m === 'PUT' || m === 'PATCH') {
        const current = await fetch(url, { headers: auth });
        headers['If-Match'] = current.headers.get('ETag') ?? '';
      }
      const response = await fetch(url, {
        method: m,
        headers,
        body: json === undefined ? undefined : JSON.stringify(json),
      });
      const html = (response.headers.get('Content-Type') ?? '').includes('text/html');
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, body: parsed, html };
    },
    [method, path, token, body] as const,
  );
  if (answer.html) {
    throw new Error(`${method} ${path} was answered by the static server, not the demo's backend`);
  }
  return { status: answer.status, body: answer.body };
}
