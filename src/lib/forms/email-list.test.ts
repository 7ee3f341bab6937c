import { describe, expect, it } from 'vitest';
import { parseAddresses } from './email-list';

describe('parseAddresses', () => {
  it('adds one valid address', () => {
    expect(parseAddresses(' soc@contoso.com ', [])).toEqual({ added: ['soc@contoso.com'], invalid: [], duplicates: [] });
  });

  it('splits a pasted list on commas, semicolons, spaces and new lines', () => {
    const parsed = parseAddresses('a@contoso.com, b@contoso.com;c@contoso.com\nd@contoso.com e@contoso.com', []);
    expect(parsed.added).toEqual(['a@contoso.com', 'b@contoso.com', 'c@contoso.com', 'd@contoso.com', 'e@contoso.com']);
  });

  it('reports invalid entries as typed and keeps the valid ones', () => {
    expect(parseAddresses('a@contoso.com, not-an-address, b@', [])).toEqual({
      added: ['a@contoso.com'],
      invalid: ['not-an-address', 'b@'],
      duplicates: [],
    });
  });

  it('drops duplicates case-insensitively, against the list and within the input', () => {
    expect(parseAddresses('SOC@contoso.com, x@contoso.com, X@Contoso.com', ['soc@contoso.com'])).toEqual({
      added: ['x@contoso.com'],
      invalid: [],
      duplicates: ['SOC@contoso.com', 'X@Contoso.com'],
    });
  });

  it('accepts "<address>" as copied from a mail client', () => {
    expect(parseAddresses('<soc@contoso.com>', []).added).toEqual(['soc@contoso.com']);
  });
});
