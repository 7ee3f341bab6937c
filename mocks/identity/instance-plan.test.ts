import { describe, expect, it } from 'vitest';
import { instanceNameFromDomain, regionForCountry } from './instance-plan';

describe('instanceNameFromDomain', () => {
  it.each([
    ['fabrikam.com', 'fabrikam'],
    ['contoso.onmicrosoft.com', 'contoso'],
    ['Contoso-Corp.com', 'contoso-corp'],
    ['123456.contoso.com', '123456'],
    ['tst_ws2.example.org', 'tst-ws2'],
    ['--odd--.com', 'odd'],
    ['', 'instance'],
  ])('%s → %s', (domain, name) => {
    expect(instanceNameFromDomain(domain)).toBe(name);
  });

  it('keeps names within 63 characters', () => {
    expect(instanceNameFromDomain(`${'a'.repeat(80)}.com`)).toHaveLength(63);
  });
});

describe('regionForCountry', () => {
  it.each([
    ['GB', 'UK'],
    ['US', 'North America'],
    ['CA', 'North America'],
    ['DE', 'Europe'],
    ['FR', 'Europe'],
    ['NL', 'Europe'],
    ['JP', 'Asia'],
    ['SG', 'Asia'],
    ['AU', 'Australia East'],
    ['CH', 'Switzerland'],
    ['IN', 'India'],
    ['gb', 'UK'],
  ] as const)('%s → %s', (country, region) => {
    expect(regionForCountry(country)).toBe(region);
  });

  it('falls back to North America for a country it doesn’t list', () => {
    expect(regionForCountry('XX')).toBe('North America');
  });
});
