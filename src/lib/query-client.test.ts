import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { shouldRetry } from './query-client';

const error = (status: number) => new ApiError({ status, code: 'x', title: 'x' });

describe('shouldRetry', () => {
  it('retries network failures and 5xx up to three times', () => {
    expect(shouldRetry(0, error(0))).toBe(true);
    expect(shouldRetry(2, error(503))).toBe(true);
    expect(shouldRetry(3, error(500))).toBe(false);
  });

  it('never retries what a retry cannot fix', () => {
    for (const status of [400, 401, 403, 404, 409, 412])
      expect(shouldRetry(0, error(status))).toBe(false);
    expect(shouldRetry(0, new Error('bug'))).toBe(false);
  });
});
