import type { DataRegion } from '../../src/api/contracts/vocabulary';
import type { DirectoryTenant, DirectoryUser } from './directory';

/**
 * The instance name, from the tenant's initial domain: its first label, lowercased, with anything
 * but letters, digits and hyphens replaced (e.g. `fabrikam.com` → `fabrikam`,
 * `123456.contoso.com` → `123456`; digit-only names are allowed, domain catalog §6.1).
 */
export function instanceNameFromDomain(initialDomain: string): string {
  const label = initialDomain.trim().toLowerCase().split('.')[0] ?? '';
  const name = label
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/g, '');
  return name || 'instance';
}

const europe = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IS',
  'IT',
  'LI',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'NO',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
  // Closest data centres for the Middle East and Africa are in Europe.
  'AE',
  'EG',
  'IL',
  'KE',
  'MA',
  'NG',
  'QA',
  'SA',
  'TR',
  'ZA',
];
const asia = ['CN', 'HK', 'ID', 'JP', 'KR', 'MY', 'PH', 'SG', 'TH', 'TW', 'VN'];
const northAmerica = ['US', 'CA', 'MX', 'BR', 'AR', 'CL', 'CO', 'CR', 'PA', 'PR', 'JM', 'DO'];

const byCountry: Record<string, DataRegion> = {
  ...Object.fromEntries(europe.map((c) => [c, 'Europe' as const])),
  ...Object.fromEntries(asia.map((c) => [c, 'Asia' as const])),
  ...Object.fromEntries(northAmerica.map((c) => [c, 'North America' as const])),
  GB: 'UK',
  AU: 'Australia East',
  NZ: 'Australia East',
  CH: 'Switzerland',
  IN: 'India',
};

/**
 * The data region of a new instance: the data centre closest to the tenant's country (domain
 * catalog §6.1). Countries not listed fall back to North America.
 */
export function regionForCountry(country: string): DataRegion {
  return byCountry[country.trim().toUpperCase()] ?? 'North America';
}

/** Only these directory roles may create an instance (domain catalog §6.1). */
export const instanceCreatorRoles = ['Global Administrator', 'Security Administrator'] as const;

export function canCreateInstance(user: DirectoryUser): boolean {
  return user.directoryRoles.some((r) => (instanceCreatorRoles as readonly string[]).includes(r));
}

export function whoCanCreateInstance(tenant: DirectoryTenant): string {
  return `Only a Global Administrator or Security Administrator of ${tenant.name} can create the instance. Ask one of them to sign in and create it.`;
}
