import { describe, expect, it } from 'vitest';
import { parseCsvLines, toCsv } from './exclusion-csv';
import {
  domainMatches,
  guessExclusionKind,
  ipInRange,
  normalizeExclusionValue,
  parseIpRange,
} from './exclusion-values';

describe('IP ranges', () => {
  it.each([
    ['10.1.0.0/16', '10.1.200.3', true],
    ['10.1.0.0/16', '10.2.0.1', false],
    ['0.0.0.0/0', '192.168.1.1', true],
    ['10.1.2.3', '10.1.2.3', true],
    ['2001:db8::/32', '2001:db8:ffff::1', true],
    ['2001:db8::/32', '2001:db9::1', false],
    ['::ffff:10.0.0.0/120', '::ffff:10.0.0.9', true],
    ['2001:db8::/32', '10.0.0.1', false],
  ])('%s contains %s: %s', (range, ip, inside) => {
    expect(ipInRange(parseIpRange(range)!, ip)).toBe(inside);
  });

  it.each([
    '10.0.0',
    '10.0.0.256',
    '01.2.3.4',
    '10.0.0.0/33',
    '1:2:3:4:5:6:7:8:9',
    '1::2::3',
    ':::',
    'g::1',
    '10.0.0.0/8/8',
  ])('refuses %s', (text) => expect(parseIpRange(text)).toBeNull());

  it('stores a subnet from its first address, addresses in lower case', () => {
    expect(normalizeExclusionValue('IP address', '10.1.2.3/8')).toEqual({ value: '10.0.0.0/8' });
    expect(normalizeExclusionValue('IP address', '2001:DB8:0:0:1::/64')).toEqual({
      value: '2001:db8::/64',
    });
    expect(normalizeExclusionValue('IP address', 'FE80::1')).toEqual({ value: 'fe80::1' });
  });
});

describe('domains and kinds', () => {
  it('matches a domain and its subdomains only', () => {
    expect(domainMatches('e5.sk', 'a.e5.sk')).toBe(true);
    expect(domainMatches('e5.sk', 'be5.sk')).toBe(false);
  });

  it('guesses the kind of a pasted value among the list’s kinds', () => {
    const global = ['IP address', 'Computer', 'Domain'] as const;
    expect(guessExclusionKind(global, '10.0.0.0/8')).toBe('IP address');
    expect(guessExclusionKind(global, '10.300.0.0/16')).toBe('IP address');
    expect(guessExclusionKind(global, 'cafe.be')).toBe('Domain');
    expect(guessExclusionKind(global, 'vendor.com')).toBe('Domain');
    expect(guessExclusionKind(global, 'CLIENT12')).toBe('Computer');
    expect(guessExclusionKind(['Computer', 'User'], 'Ron Harper')).toBe('Computer');
    expect(guessExclusionKind(['User'], 'ron@contoso.com')).toBe('User');
  });
});

describe('CSV', () => {
  it('reads quoted cells, CRLF and blank lines, keeping line numbers', () => {
    const lines = parseCsvLines('value,note\r\n10.0.0.1,"a, ""b"""\r\n\r\nx.com,"two\nlines"\n');
    expect(lines).toEqual([
      { line: 1, cells: ['value', 'note'] },
      { line: 2, cells: ['10.0.0.1', 'a, "b"'] },
      { line: 4, cells: ['x.com', 'two\nlines'] },
    ]);
  });

  it('writes what it reads, and defuses formulas', () => {
    const csv = toCsv(
      ['value', 'note'],
      [
        ['10.0.0.1', 'a, "b"'],
        ['x.com', '=cmd()'],
      ],
    );
    expect(parseCsvLines(csv).map((l) => l.cells)).toEqual([
      ['value', 'note'],
      ['10.0.0.1', 'a, "b"'],
      ['x.com', "'=cmd()"],
    ]);
  });
});
