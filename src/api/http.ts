import type { z } from 'zod';
import { ApiError } from './errors';

interface TokenSource {
  getAccessToken(): Promise<string>;
  refreshAccessToken(): Promise<string>;
}

let baseUrl = '';
let tokens: TokenSource | null = null;

/** Called once at start-up (and by tests) with the API base URL and the auth session. */
export function configureHttp(options: { baseUrl: string; tokens: TokenSource | null }) {
  baseUrl = options.baseUrl;
  tokens = options.tokens;
}

interface RequestOptions {
  signal?: AbortSignal | undefined;
  /** Concurrency token of the resource being changed (sent as If-Match). */
  ifMatch?: string | undefined;
}

async function request<T>(
  method: string,
  path: string,
  schema: z.ZodType<T>,
  body: unknown,
  options: RequestOptions,
  retried = false,
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (tokens) {
    headers.Authorization = `Bearer ${retried ? await tokens.refreshAccessToken() : await tokens.getAccessToken()}`;
  }
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;

  let response: Response;
  try {
    response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw ApiError.network(cause);
  }

  // 401: the token may have been revoked or expired early; renew it once and try again.
  if (response.status === 401 && tokens && !retried) {
    return request(method, path, schema, body, options, true);
  }
  if (!response.ok) throw await ApiError.fromResponse(response);

  const json: unknown = response.status === 204 ? null : await response.json();
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError({
      status: 0,
      code: 'contract',
      title: 'The service sent an unexpected answer',
      detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    });
  }
  return parsed.data;
}

/** The one HTTP helper: bearer token, parse every response with its contract, ApiError otherwise. */
export const http = {
  get<T>(path: string, schema: z.ZodType<T>, options: RequestOptions = {}) {
    return request('GET', path, schema, undefined, options);
  },
  send<T>(
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    body: unknown,
    schema: z.ZodType<T>,
    options: RequestOptions = {},
  ) {
    return request(method, path, schema, body, options);
  },
};
