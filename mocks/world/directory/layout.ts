import type { DomainController } from '../sensors';
import { hash } from '../hash';
import type { DirectorySize } from '../profile';
import { builtinSensitiveGroups, fixedComputers, fixedGroups, fixedUsers } from './fixed';

/**
 * Where every entity of a tenant's directory sits: entity i of a kind is either fixed (the demo
 * entities, first), a domain controller (computers), or generated from hash(seed, kind, i). Only
 * this small layout is built per world; entities are computed on demand.
 */
export interface DomainInfo {
  dns: string;
  netbios: string;
  dn: string;
  sid: string;
}

export interface BuiltinGroup {
  name: string;
  domain: number;
  sid: string;
}

export interface DirectoryLayout {
  seed: string;
  /** Part of every entity id: ids of another tenant or scenario don't resolve here. */
  tag: string;
  epoch: number;
  domains: DomainInfo[];
  dcs: DomainController[];
  users: { count: number; fixed: number; generated: number };
  computers: {
    count: number;
    /** [0, dcs) domain controllers, then fixed computers, then servers, then workstations. */
    dcs: number;
    fixedEnd: number;
    serverEnd: number;
    /** Generated computers (servers and workstations) start at fixedEnd. */
    generated: number;
  };
  groups: { count: number; builtins: BuiltinGroup[]; fixedEnd: number; generated: number };
  benchUserInEveryGroup: boolean;
  groupIndexByKey: Map<string, number>;
  userIndexByKey: Map<string, number>;
  computerIndexByKey: Map<string, number>;
}

function domainInfo(seed: string, dns: string, rootDns: string): DomainInfo {
  const labels = dns.split('.');
  const netbios = (dns === rootDns ? (labels[0] ?? dns) : (labels[0] ?? dns)).toUpperCase();
  const sidParts = [1, 2, 3].map((n) => hash(seed, 'domain-sid', dns, n) % 4_000_000_000);
  return {
    dns,
    netbios,
    dn: labels.map((l) => `DC=${l}`).join(','),
    sid: `S-1-5-21-${sidParts.join('-')}`,
  };
}

export function createLayout(
  seed: string,
  epoch: number,
  domainNames: readonly string[],
  dcs: readonly DomainController[],
  size: DirectorySize,
): DirectoryLayout {
  const rootDns = domainNames[0] ?? 'contoso.com';
  const domains = domainNames.map((dns) => domainInfo(seed, dns, rootDns));
  const builtins: BuiltinGroup[] = [];
  domains.forEach((domain, d) => {
    for (const group of builtinSensitiveGroups) {
      if (!group.perDomain && d > 0) continue;
      const sid = group.sid.startsWith('-') ? `${domain.sid}${group.sid}` : group.sid;
      builtins.push({ name: group.name, domain: d, sid });
    }
  });
  const groupIndexByKey = new Map<string, number>();
  builtins.forEach((g, i) => groupIndexByKey.set(`${g.name}@${g.domain}`, i));
  fixedGroups.forEach((g, i) => groupIndexByKey.set(g.key, builtins.length + i));
  const userIndexByKey = new Map(fixedUsers.map((u, i) => [u.key, i]));
  const computerIndexByKey = new Map(fixedComputers.map((c, i) => [c.key, dcs.length + i]));

  const groupCount = Math.max(size.groups, builtins.length + fixedGroups.length + 8);
  const computerCount = Math.max(size.computers, dcs.length + fixedComputers.length + 20);
  const fixedEnd = dcs.length + fixedComputers.length;
  const servers = Math.round((computerCount - fixedEnd) * 0.08);
  return {
    seed,
    tag: hash(seed, 'entity-tag').toString(36).slice(0, 4),
    epoch,
    domains,
    dcs: [...dcs],
    users: {
      count: size.users,
      fixed: fixedUsers.length,
      generated: size.users - fixedUsers.length,
    },
    computers: {
      count: computerCount,
      dcs: dcs.length,
      fixedEnd,
      serverEnd: fixedEnd + servers,
      generated: computerCount - fixedEnd,
    },
    groups: {
      count: groupCount,
      builtins,
      fixedEnd: builtins.length + fixedGroups.length,
      generated: groupCount - builtins.length - fixedGroups.length,
    },
    benchUserInEveryGroup: size.benchUserInEveryGroup,
    groupIndexByKey,
    userIndexByKey,
    computerIndexByKey,
  };
}

/** A bijection of [0, size): spreads consecutive indices over the name combinations. */
const scrambles = new Map<string, { a: number; b: number }>();
export function scramble(i: number, size: number, seed: string, salt: string): number {
  const key = `${seed}|${salt}|${size}`;
  let params = scrambles.get(key);
  if (!params) {
    let a = 7919 + (hash(seed, salt, 'a') % 1000) * 2;
    while (gcd(a, size) !== 1) a += 1;
    params = { a, b: hash(seed, salt, 'b') % size };
    scrambles.set(key, params);
  }
  return (params.a * (i % size) + params.b) % size;
}

export function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** The domain an entity of a generated kind lives in: the forest root holds about 40 %. */
export function domainOf(layout: DirectoryLayout, kind: string, i: number): number {
  const n = layout.domains.length;
  if (n === 1) return 0;
  const h = hash(layout.seed, kind, 'domain', i);
  return h % 100 < 40 ? 0 : 1 + (h % (n - 1));
}

const escapes = /([,+"\\<>;=])/g;
/** Escapes a relative distinguished name's value (RFC 4514). */
export function rdn(value: string) {
  return value.replace(escapes, '\\$1').replace(/^([ #])/, '\\$1');
}
