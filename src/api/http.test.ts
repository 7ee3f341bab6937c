import { http as mswHttp, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { server } from '../../mocks/node';
import { ApiError } from './errors';
import { configureHttp, http } from './http';

const ORIGIN = 'http://localhost:3000';
const schema = z.object({ ok: z.boolean() });

function tokens(list: string[]) {
  const calls = { get: 0, refresh: 0 };
  return {
    calls,
    source: {
      getAccessToken: async () => (calls.get++, list[0] ?? ''),
      refreshAccessToken: async () => (calls.refresh++, list[1] ?? ''),
    },
  };
}

afterEach(() => configureHttp({ baseUrl: '', tokens: null }));

describe('http', () => {
  it('sends the bearer token and parses the answer with its contract', async () => {
    let seen = '';
    server.use(
      mswHttp.get(
        `${ORIGIN}/t/ok`,
        ({ request }) => (
          (seen = request.headers.get('Authorization') ?? ''),
          HttpResponse.json({ ok: true })
        ),
      ),
    );
    const t = tokens(['first']);
    configureHttp({ baseUrl: ORIGIN, tokens: t.source });
    await expect(http.get('/t/ok', schema)).resolves.toEqual({ ok: true });
    expect(seen).toBe('Bearer first');
  });

  it('renews the token once after a 401 and retries', async () => {
    const seen: string[] = [];
    server.use(
      mswHttp.get(`${ORIGIN}/t/renew`, ({ request }) => {
        const auth = request.headers.get('Authorization') ?? '';
        seen.push(auth);
        return auth === 'Bearer renewed'
          ? HttpResponse.json({ ok: true })
          : new HttpResponse(null, { status: 401 });
      }),
    );
    const t = tokens(['stale', 'renewed']);
    configureHttp({ baseUrl: ORIGIN, tokens: t.source });
    await expect(http.get('/t/renew', schema)).resolves.toEqual({ ok: true });
    expect(seen).toEqual(['Bearer stale', 'Bearer renewed']);
    expect(t.calls.refresh).toBe(1);
  });

  it('does not loop on a second 401', async () => {
    server.use(mswHttp.get(`${ORIGIN}/t/401`, () => new HttpResponse(null, { status: 401 })));
    configureHttp({ baseUrl: ORIGIN, tokens: tokens(['a', 'b']).source });
    await expect(http.get('/t/401', schema)).rejects.toMatchObject({ status: 401 });
  });

  it('turns problem+json into an ApiError with field errors and the request id', async () => {
    server.use(
      mswHttp.put(`${ORIGIN}/t/bad`, () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Some fields are not valid',
            status: 400,
            code: 'validation',
            requestId: 'req-1',
            errors: { port: ['Ports go from 1 to 65535'] },
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    configureHttp({ baseUrl: ORIGIN, tokens: null });
    const error = await http.send('PUT', '/t/bad', { port: 0 }, schema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'validation',
      requestId: 'req-1',
      fieldErrors: { port: ['Ports go from 1 to 65535'] },
    });
    expect((error as ApiError).isTransient).toBe(false);
  });

  it('sends If-Match when asked', async () => {
    let ifMatch: string | null = null;
    server.use(
      mswHttp.put(
        `${ORIGIN}/t/etag`,
        ({ request }) => (
          (ifMatch = request.headers.get('If-Match')),
          HttpResponse.json({ ok: true })
        ),
      ),
    );
    configureHttp({ baseUrl: ORIGIN, tokens: null });
    await http.send('PUT', '/t/etag', {}, schema, { ifMatch: 'W/"3"' });
    expect(ifMatch).toBe('W/"3"');
  });

  it('rejects an answer that breaks its contract', async () => {
    server.use(mswHttp.get(`${ORIGIN}/t/shape`, () => HttpResponse.json({ ok: 'yes' })));
    configureHttp({ baseUrl: ORIGIN, tokens: null });
    await expect(http.get('/t/shape', schema)).rejects.toMatchObject({
      code: 'contract',
      detail: 'ok: Invalid input: expected boolean, received string',
    });
  });

  it('reports a network failure as a transient ApiError', async () => {
    server.use(mswHttp.get(`${ORIGIN}/t/down`, () => HttpResponse.error()));
    configureHttp({ baseUrl: ORIGIN, tokens: null });
    const error = await http.get('/t/down', schema).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'network' });
    expect((error as ApiError).isTransient).toBe(true);
  });
});
