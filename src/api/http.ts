import type * as z from 'zod/mini';
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
  /** Extra request headers (e.g. a sensor's access key). */
  headers?: Record<string, string> | undefined;
  /** Send no bearer token: the caller authenticates some other way (a sensor's access key). */
  anonymous?: boolean | undefined;
}

async function request<T>(
  method: string,
  path: string,
  schema: z.ZodMiniType<T>,
  body: unknown,
  options: RequestOptions,
  retried = false,
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (tokens && !options.anonymous) {
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
  if (response.status === 401 && tokens && !options.anonymous && !retried) {
    return request(method, path, schema, body, options, true);
  }
  if (!response.ok) throw await ApiError.fromResponse(response);

  const json: unknown = response.status === 204 ? null : await response.json();
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw await contractError(schema, json);
  return parsed.data;
}

/**
 * An answer that breaks its contract, described with zod's English messages ("expected string,
 * received null"). zod/mini loads no locale, so the messages are loaded here, on this rare path
 * only, instead of on every page's first render (if they can't load, zod's "Invalid input" does).
 */
async function contractError(schema: z.ZodMiniType, json: unknown): Promise<ApiError> {
  const english = await import('zod/v4/locales/en.js').then(
    (locale) => ({ error: locale.default().localeError }),
    () => ({}),
  );
  const issues = schema.safeParse(json, english).error?.issues ?? [];
  return new ApiError({
    status: 0,
    code: 'contract',
    title: 'The service sent an unexpected answer',
    detail: issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
  });
}

/** A file the service sends (Content-Disposition names it). */
export interface DownloadedFile {
  blob: Blob;
  fileName: string | null;
}

function fileNameOf(response: Response): string | null {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? null;
}

async function download(path: string, retried = false): Promise<DownloadedFile> {
  const headers: Record<string, string> = { Accept: '*/*' };
  if (tokens) {
    headers.Authorization = `Bearer ${retried ? await tokens.refreshAccessToken() : await tokens.getAccessToken()}`;
  }
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${path}`, { headers });
  } catch (cause) {
    throw ApiError.network(cause);
  }
  if (response.status === 401 && tokens && !retried) return download(path, true);
  if (!response.ok) throw await ApiError.fromResponse(response);
  return { blob: await response.blob(), fileName: fileNameOf(response) };
}

/** The one HTTP helper: bearer token, parse every response with its contract, ApiError otherwise. */
export const http = {
  get<T>(path: string, schema: z.ZodMiniType<T>, options: RequestOptions = {}) {
    return request('GET', path, schema, undefined, options);
  },
  send<T>(
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    body: unknown,
    schema: z.ZodMiniType<T>,
    options: RequestOptions = {},
  ) {
    return request(method, path, schema, body, options);
  },
  /** A file download (same token and errors as every call); the body is not parsed. */
  download(path: string) {
    return download(path);
  },
};
