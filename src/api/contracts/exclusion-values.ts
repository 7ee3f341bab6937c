import type { ExclusionKind } from './alerts';

/**
 * What an exclusion's value may be, per kind (catalog §6.9): IP addresses and subnets as IPv4 or
 * IPv6 addresses or CIDR ranges ("157.54.208.0/24 or 3FFE:FFFF:0:C000::/64"), DNS domains
 * ("contoso.com"), computers and users by name. The page and the mock backend check values with
 * these same functions, so both say the same thing.
 */

/** An IPv4 address as a 32-bit number, or null. */
export function parseIPv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = value * 256 + n;
  }
  return value;
}

/** An IPv6 address (with `::` and an optional trailing IPv4 part) as a 128-bit bigint, or null. */
export function parseIPv6(text: string): bigint | null {
  if (!/^[0-9a-f:.]+$/i.test(text) || !text.includes(':')) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = (half: string): number[] | null => {
    if (half === '') return [];
    const out: number[] = [];
    const items = half.split(':');
    for (let k = 0; k < items.length; k++) {
      const item = items[k]!;
      if (k === items.length - 1 && item.includes('.')) {
        const v4 = parseIPv4(item);
        if (v4 === null) return null;
        out.push(Math.floor(v4 / 65536), v4 % 65536);
      } else if (/^[0-9a-f]{1,4}$/i.test(item)) out.push(parseInt(item, 16));
      else return null;
    }
    return out;
  };
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if (!head || !tail) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const all = [...head, ...new Array<number>(missing).fill(0), ...tail];
  return all.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

/** An address or a CIDR range, as the first address, the prefix length and the family. */
export interface IpRange {
  family: 4 | 6;
  start: bigint;
  prefix: number;
}

/** Parses "10.1.2.3", "10.1.0.0/16", "3FFE:FFFF:0:C000::/64"; null when it is neither. */
export function parseIpRange(text: string): IpRange | null {
  const [address = '', bits, extra] = text.trim().split('/');
  if (extra !== undefined) return null;
  const v4 = parseIPv4(address);
  const v6 = v4 === null ? parseIPv6(address) : null;
  if (v4 === null && v6 === null) return null;
  const family = v4 !== null ? 4 : 6;
  const width = family === 4 ? 32 : 128;
  let prefix = width;
  if (bits !== undefined) {
    if (!/^\d{1,3}$/.test(bits)) return null;
    prefix = Number(bits);
    if (prefix > width) return null;
  }
  const value = v4 !== null ? BigInt(v4) : v6!;
  const host = (1n << BigInt(width - prefix)) - 1n;
  return { family, start: value & ~host, prefix };
}

/** Whether `address` (an IP) falls in `range` (an address or a CIDR subnet). */
export function ipInRange(range: IpRange, address: string): boolean {
  const ip = parseIpRange(address);
  if (!ip || ip.family !== range.family) return false;
  const width = range.family === 4 ? 32 : 128;
  const host = (1n << BigInt(width - range.prefix)) - 1n;
  return (ip.start & ~host) === range.start;
}

const domainPattern =
  /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/i;

/** A DNS domain such as contoso.com (at least two labels, letters in the last one). */
export const isDomainName = (text: string) => domainPattern.test(text);

/** Whether `domain` is `excluded` or one of its subdomains. */
export const domainMatches = (excluded: string, domain: string) => {
  const a = excluded.toLowerCase();
  const b = domain.toLowerCase();
  return b === a || b.endsWith(`.${a}`);
};

/** A computer's NetBIOS or DNS name, or a user's name, SAM account name or UPN. */
const entityNamePattern = /^[^\s,;"<>|/][^,;"<>|/]{0,254}$/;

/**
 * The value as stored (addresses and domains in lower case, subnets from their first address),
 * or a sentence saying what is wrong with it. Whether a computer or user exists is the
 * backend's to say.
 */
export function normalizeExclusionValue(
  kind: ExclusionKind,
  raw: string,
): { value: string } | { error: string } {
  const text = raw.trim();
  if (!text) return { error: 'Enter a value' };
  if (kind === 'IP address') {
    const range = parseIpRange(text);
    if (!range)
      return {
        error: `“${text}” isn’t an IP address or subnet: use 157.54.208.0/24 or 3FFE:FFFF:0:C000::/64`,
      };
    const [address, bits] = text.split('/');
    return { value: bits === undefined ? address!.toLowerCase() : `${formatRange(range)}` };
  }
  if (kind === 'Domain') {
    const domain = text.replace(/\.$/, '').toLowerCase();
    if (!isDomainName(domain))
      return { error: `“${text}” isn’t a domain name: use a name such as contoso.com` };
    return { value: domain };
  }
  if (!entityNamePattern.test(text))
    return { error: `“${text}” isn’t a ${kind.toLowerCase()} name` };
  return { value: text };
}

function formatRange(range: IpRange): string {
  if (range.family === 4) {
    const n = Number(range.start);
    const bytes = [24, 16, 8, 0].map((s) => (n >>> s) & 255);
    return `${bytes.join('.')}/${range.prefix}`;
  }
  const groups: string[] = [];
  for (let k = 7; k >= 0; k--)
    groups.push(((range.start >> BigInt(k * 16)) & 0xffffn).toString(16));
  return `${groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::')}/${range.prefix}`;
}

/** The kind an unlabelled pasted value most likely is, among the kinds a list offers. */
export function guessExclusionKind(
  kinds: readonly ExclusionKind[],
  raw: string,
): ExclusionKind | undefined {
  const text = raw.trim();
  // Address-like text that doesn't parse is still meant as an address: say what is wrong with it.
  const addressLike = /^[\d.:/a-f]+$/i.test(text) && /\d/.test(text) && /[.:]/.test(text);
  if (kinds.includes('IP address') && (parseIpRange(text) || (addressLike && !isDomainName(text))))
    return 'IP address';
  if (kinds.includes('Domain') && (isDomainName(text) || !kinds.includes('Computer')))
    return 'Domain';
  if (kinds.includes('Computer') && !text.includes('@') && !text.includes('\\')) return 'Computer';
  if (kinds.includes('User')) return 'User';
  if (kinds.includes('Domain')) return 'Domain';
  return kinds[0];
}
