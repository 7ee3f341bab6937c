import type { ComputerRole, ServerRole, UacFlag } from '../../../src/api/contracts/entities';
import { hash, pick, unit } from '../hash';
import { fixedComputers, type AdTag, type FixedComputer } from './fixed';
import { domainOf, type DirectoryLayout } from './layout';
import { osVersions, serverOs, serverPrefixes, workstationOs } from './names';

const DAY_MS = 86_400_000;

export interface ComputerRecord {
  index: number;
  name: string;
  sam: string;
  dnsName: string;
  domain: number;
  role: ComputerRole;
  serverRoles: ServerRole[];
  os: string;
  osVersion: string;
  /** Null for unresolved devices (not in Active Directory). */
  createdAt: number | null;
  adTags: AdTag[];
  unresolved: boolean;
  uac: UacFlag[];
  isReadOnlyDc: boolean;
  fixed: FixedComputer | null;
}

const pad3 = (n: number) => String(n).padStart(3, '0');

function base(layout: DirectoryLayout, i: number, name: string, domain: number) {
  return {
    index: i,
    name,
    sam: `${name}$`,
    dnsName: `${name.toLowerCase()}.${layout.domains[domain]?.dns ?? ''}`,
    domain,
  };
}

function created(layout: DirectoryLayout, i: number) {
  const { seed, epoch } = layout;
  const days =
    unit(seed, 'computer-new', i) < 0.02
      ? 1 + (hash(seed, 'c-age', i) % 29)
      : 30 + (hash(seed, 'c-age', i) % 2_500);
  return epoch - days * DAY_MS - (hash(seed, 'c-created-ms', i) % DAY_MS);
}

/** The name and domain of computer i, without the rest of its record (search keys). */
export function computerIdentity(
  layout: DirectoryLayout,
  i: number,
): { name: string; domain: number } {
  const c = layout.computers;
  const dc = layout.dcs[i];
  if (i < c.dcs && dc)
    return {
      name: dc.name,
      domain: Math.max(
        0,
        layout.domains.findIndex((d) => d.dns === dc.domain),
      ),
    };
  const fixed = fixedComputers[i - c.dcs];
  if (i < c.fixedEnd && fixed)
    return { name: fixed.name, domain: fixed.domain < layout.domains.length ? fixed.domain : 0 };
  const s = i - c.fixedEnd;
  const domain = domainOf(layout, 'computer', s);
  if (i < c.serverEnd)
    return {
      name: `${pick(serverPrefixes, layout.seed, 'server-prefix', s)}${pad3(s + 1)}`,
      domain,
    };
  return { name: `CLIENT${i - c.serverEnd + 1}`, domain };
}

/** A computer's role from its index alone (search filters count it for every hit). */
export function computerRoleOf(layout: DirectoryLayout, i: number): ComputerRole {
  const c = layout.computers;
  if (i < c.dcs) return 'Domain controller';
  if (i < c.fixedEnd) return fixedComputers[i - c.dcs]?.role ?? 'Server';
  return i < c.serverEnd ? 'Server' : 'Workstation';
}

/** Computer i: domain controllers, then the fixed demo computers, servers, workstations. */
export function computerRecord(layout: DirectoryLayout, i: number): ComputerRecord {
  const { seed } = layout;
  const c = layout.computers;
  const dc = layout.dcs[i];
  if (i < c.dcs && dc) {
    const domain = Math.max(
      0,
      layout.domains.findIndex((d) => d.dns === dc.domain),
    );
    return {
      ...base(layout, i, dc.name, domain),
      role: 'Domain controller',
      serverRoles: [],
      os: `${dc.operatingSystem} Datacenter`,
      osVersion: osVersions[dc.operatingSystem] ?? '10.0 (20348)',
      createdAt: created(layout, i),
      adTags: [],
      unresolved: false,
      uac: ['Trusted for delegation'],
      isReadOnlyDc: dc.isReadOnly,
      fixed: null,
    };
  }
  const fixed = fixedComputers[i - c.dcs];
  if (i < c.fixedEnd && fixed) {
    return {
      ...base(layout, i, fixed.name, fixed.domain < layout.domains.length ? fixed.domain : 0),
      role: fixed.role,
      serverRoles: fixed.serverRoles,
      os: fixed.os,
      osVersion: fixed.version,
      createdAt: fixed.unresolved ? null : created(layout, i),
      adTags: [],
      unresolved: fixed.unresolved ?? false,
      uac: [],
      isReadOnlyDc: false,
      fixed,
    };
  }
  const s = i - c.fixedEnd;
  const domain = domainOf(layout, 'computer', s);
  if (i < c.serverEnd) {
    const os = pick(serverOs, seed, 'server-os', s);
    const trusted = unit(seed, 'server-delegation', s) < 0.05;
    return {
      ...base(layout, i, `${pick(serverPrefixes, seed, 'server-prefix', s)}${pad3(s + 1)}`, domain),
      role: 'Server',
      serverRoles: [],
      os: os.os,
      osVersion: os.version,
      createdAt: created(layout, i),
      adTags: [],
      unresolved: false,
      uac: trusted ? ['Trusted for delegation'] : [],
      isReadOnlyDc: false,
      fixed: null,
    };
  }
  const w = i - c.serverEnd;
  const os = pick(workstationOs, seed, 'ws-os', w);
  const roll = unit(seed, 'ws-tags', w);
  const unresolved = roll < 0.005;
  const adTags: AdTag[] = roll >= 0.005 && roll < 0.025 ? ['Disabled'] : [];
  return {
    ...base(layout, i, `CLIENT${w + 1}`, domain),
    role: 'Workstation',
    serverRoles: [],
    os: os.os,
    osVersion: os.version,
    createdAt: unresolved ? null : created(layout, i),
    adTags,
    unresolved,
    uac: adTags.includes('Disabled') ? ['Account disabled'] : [],
    isReadOnlyDc: false,
    fixed: null,
  };
}

/** Finds a computer by NetBIOS name or DNS name (case-insensitive) without walking the world. */
export function computerIndexByName(
  layout: DirectoryLayout,
  nameOrDns: string,
): number | undefined {
  const wanted = nameOrDns.toLowerCase();
  const name = wanted.split('.')[0] ?? '';
  const c = layout.computers;
  let index: number | undefined;
  const dc = layout.dcs.findIndex((d) => d.name.toLowerCase() === name);
  if (dc >= 0) index = dc;
  else {
    const fixed = fixedComputers.findIndex((f) => f.name.toLowerCase() === name);
    if (fixed >= 0) index = c.dcs + fixed;
    else {
      const client = /^client(\d+)$/.exec(name);
      const server = /^[a-z]+(\d{3,})$/.exec(name);
      if (client) index = c.serverEnd + Number(client[1]) - 1;
      else if (server) index = c.fixedEnd + Number(server[1]) - 1;
    }
  }
  if (index === undefined || index < 0 || index >= c.count) return undefined;
  const found = computerRecord(layout, index);
  const matches =
    found.name.toLowerCase() === name && (wanted === name || found.dnsName === wanted);
  return matches ? index : undefined;
}
