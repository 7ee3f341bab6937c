import { describe, expect, it } from 'vitest';
import { defenderStatusSchema } from '@/api/contracts/defender';
import { alertBreakdown } from './defender-status';

describe('Defender for Endpoint status', () => {
  it('summarises open alerts by severity', () => {
    expect(alertBreakdown({ High: 0, Medium: 0, Low: 0, Informational: 0 })).toBe('None');
    expect(alertBreakdown({ High: 6, Medium: 1400, Low: 0, Informational: 2 })).toBe(
      '1,408: 6 High, 1,400 Medium, 2 Informational',
    );
  });

  it('parses each state, and refuses a Connected status without its numbers', () => {
    expect(defenderStatusSchema.parse({ state: 'Off' })).toEqual({ state: 'Off' });
    expect(
      defenderStatusSchema.safeParse({
        state: 'Error',
        since: '2026-11-20T09:00:00.000Z',
        reason: 'x',
      }).success,
    ).toBe(true);
    expect(
      defenderStatusSchema.safeParse({ state: 'Connected', since: '2026-11-20T09:00:00.000Z' })
        .success,
    ).toBe(false);
    expect(defenderStatusSchema.safeParse({ state: 'Broken' }).success).toBe(false);
  });
});
