import { describe, expect, it } from 'vitest';
import { validateRange } from './download-range';

describe('validateRange', () => {
  it('accepts a range in order, one day included', () => {
    expect(validateRange('2026-11-01', '2026-11-30')).toEqual({});
    expect(validateRange('2026-11-30', '2026-11-30')).toEqual({});
  });
  it('names the field that is wrong, with the contract’s wording for an inverted range', () => {
    expect(validateRange('', '2026-11-30')).toEqual({ from: 'Enter the first day' });
    expect(validateRange('2026-11-30', '2026-11-01')).toEqual({
      to: 'The end date must be on or after the start date',
    });
  });
});
