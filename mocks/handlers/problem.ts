import { HttpResponse } from 'msw';
import type * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import type { Problem } from '../../src/api/contracts/problem';

let requestCounter = 0;
export function nextRequestId(): string {
  requestCounter += 1;
  return `req-${String(requestCounter).padStart(6, '0')}`;
}

/** An RFC 9457 problem+json response. */
export function problem(
  status: number,
  title: string,
  extra: Omit<Problem, 'status' | 'title' | 'type'> & { type?: string } = {},
  headers: Record<string, string> = {},
) {
  const body: Problem = {
    type: extra.type ?? 'about:blank',
    title,
    status,
    requestId: extra.requestId ?? nextRequestId(),
    ...extra,
  };
  return HttpResponse.json(body, {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

const englishMessages = { error: en().localeError };

/**
 * Validates what a request carries with its contract, as a real service would: zod's English
 * messages where the contract gives none ("Invalid input: expected boolean, received string").
 * zod/mini loads no locale, and the app must not pay for one, so the mock backend brings its own.
 */
export function parseRequest<Schema extends z.ZodMiniType>(schema: Schema, value: unknown) {
  return schema.safeParse(value, englishMessages);
}

/** Field errors from a zod error, keyed by dotted path. */
export function fieldErrors(issues: { path: PropertyKey[]; message: string }[]) {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
