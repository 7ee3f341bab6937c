import type { UacFlag } from '../../../src/api/contracts/entities';
import { hash, pick, unit } from '../hash';
import { fixedUsers, type AdTag, type FixedUser } from './fixed';
import { domainOf, scramble, type DirectoryLayout } from './layout';
import {
  departments,
  firstNames,
  lastNames,
  managementTitles,
  offices,
  titlesByDepartment,
} from './names';
import { fold, samPiece } from './text';

const DAY_MS = 86_400_000;
const pairs = firstNames.length * lastNames.length;
const firstSam = firstNames.map(samPiece);
const lastSam = lastNames.map(samPiece);
const firstFolded = firstNames.map(fold);
const lastFolded = lastNames.map(fold);

export interface UserRecord {
  index: number;
  name: string;
  sam: string;
  upn: string;
  domain: number;
  title: string;
  department: string;
  office: string;
  phone: string;
  createdAt: number;
  adTags: AdTag[];
  uac: UacFlag[];
  replication: boolean;
  fixed: FixedUser | null;
}

/**
 * The management tree of generated users: local index 0 is the chief executive, 1–12 the vice
 * presidents (one per department), and below them each manager has up to seven reports.
 */
export function generatedManager(t: number): number | null {
  if (t === 0) return null;
  if (t <= departments.length) return 0;
  return Math.floor((t - 13) / 7) + 1;
}

export function generatedReports(t: number, generated: number): number[] {
  const first = t === 0 ? 1 : 13 + 7 * (t - 1);
  const last = t === 0 ? departments.length : first + 6;
  const reports: number[] = [];
  for (let r = first; r <= last && r < generated; r++) reports.push(r);
  return reports;
}

function departmentOf(t: number): string {
  let node = t;
  while (node > departments.length) node = generatedManager(node) ?? 0;
  return node === 0 ? 'Executive' : (departments[node - 1] ?? 'Operations');
}

function levelOf(t: number): number {
  let level = 0;
  for (let node: number | null = t; node; node = generatedManager(node)) level++;
  return level;
}

function titleOf(layout: DirectoryLayout, t: number, department: string): string {
  if (t === 0) return 'Chief Executive Officer';
  const hasReports = generatedReports(t, layout.users.generated).length > 0;
  if (hasReports || t <= departments.length) {
    const level = levelOf(t);
    return managementTitles[Math.min(level, managementTitles.length) - 1] ?? 'Manager';
  }
  const titles = titlesByDepartment[department as keyof typeof titlesByDepartment] ?? ['Analyst'];
  return pick(titles, layout.seed, 'title', t);
}

const uacShares: [UacFlag, number][] = [
  ['Password never expires', 0.08],
  ['Trusted for delegation', 0.005],
  ['Smartcard required', 0.04],
  ['Empty password allowed', 0.005],
  ['Plain text password stored', 0.002],
  ['Cannot be delegated', 0.01],
  ['DES encryption only', 0.002],
  ['Kerberos pre-authentication not required', 0.003],
];

function generatedTags(seed: string, t: number): AdTag[] {
  const roll = unit(seed, 'user-tags', t);
  if (roll < 0.03) return ['Disabled'];
  if (roll < 0.04) return ['Locked'];
  if (roll < 0.05) return ['Expired'];
  if (roll < 0.055) return ['Deleted', 'Disabled'];
  if (roll < 0.06) return ['Partial'];
  return [];
}

function generatedUac(seed: string, t: number, tags: AdTag[]): UacFlag[] {
  const flags = uacShares.filter(([flag, share]) => unit(seed, 'uac', flag, t) < share);
  const on = new Set(flags.map(([flag]) => flag));
  if (tags.includes('Disabled')) on.add('Account disabled');
  if (tags.includes('Expired')) on.add('Password expired');
  return [...on];
}

function phoneOf(seed: string, i: number) {
  const n = hash(seed, 'phone', i) % 10_000;
  return `+1 425 555 ${String(n).padStart(4, '0')}`;
}

export interface UserIdentity {
  name: string;
  /** The name folded for search ("zoe angstrom"). */
  folded: string;
  sam: string;
  upn: string;
  domain: number;
}

/** Just what names user i (search keys, links): cheaper than the whole record. */
export function userIdentity(layout: DirectoryLayout, i: number): UserIdentity {
  const fixed = fixedUsers[i];
  if (i < layout.users.fixed && fixed) {
    const domain = fixed.domain < layout.domains.length ? fixed.domain : 0;
    const upn = `${fixed.sam}@${layout.domains[domain]?.dns ?? ''}`.toLowerCase();
    return { name: fixed.name, folded: fold(fixed.name), sam: fixed.sam, upn, domain };
  }
  const t = i - layout.users.fixed;
  const pair = scramble(t, pairs, layout.seed, 'user-name');
  const f = pair % firstNames.length;
  const l = Math.floor(pair / firstNames.length);
  const round = Math.floor(t / pairs);
  const sam = `${firstSam[f]}.${lastSam[l]}${round ? round + 1 : ''}`;
  const domain = domainOf(layout, 'user', t);
  return {
    name: `${firstNames[f]} ${lastNames[l]}`,
    folded: `${firstFolded[f]} ${lastFolded[l]}`,
    sam,
    upn: `${sam}@${layout.domains[domain]?.dns ?? ''}`,
    domain,
  };
}

/** User i of the world (fixed demo users first). */
export function userRecord(layout: DirectoryLayout, i: number): UserRecord {
  const { seed, epoch } = layout;
  const fixed = fixedUsers[i];
  if (i < layout.users.fixed && fixed) {
    const domain = layout.domains[fixed.domain] ?? layout.domains[0];
    return {
      index: i,
      name: fixed.name,
      sam: fixed.sam,
      upn: `${fixed.sam}@${domain?.dns ?? ''}`.toLowerCase(),
      domain: fixed.domain < layout.domains.length ? fixed.domain : 0,
      title: fixed.title,
      department: fixed.department,
      office: pick(offices, seed, 'office', i),
      phone: phoneOf(seed, i),
      createdAt: epoch - fixed.createdDaysAgo * DAY_MS,
      adTags: fixed.tags ?? [],
      uac: fixed.uac ?? [],
      replication: fixed.replication ?? false,
      fixed,
    };
  }
  const t = i - layout.users.fixed;
  const { name, sam, upn, domain } = userIdentity(layout, i);
  const department = departmentOf(t);
  const adTags = generatedTags(seed, t);
  const createdDays =
    unit(seed, 'user-new', t) < 0.02
      ? 1 + (hash(seed, 'age', t) % 29)
      : 30 + (hash(seed, 'age', t) % 2_970);
  return {
    index: i,
    name,
    sam,
    upn,
    domain,
    title: titleOf(layout, t, department),
    department,
    office: pick(offices, seed, 'office', i),
    phone: phoneOf(seed, i),
    createdAt: epoch - createdDays * DAY_MS - (hash(seed, 'created-ms', t) % DAY_MS),
    adTags,
    uac: generatedUac(seed, t, adTags),
    replication: false,
    fixed: null,
  };
}
