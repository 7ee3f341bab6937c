import type { DefenderBadge, EntityProfile, SearchHit } from '../../../src/api/contracts/entities';
import { hash } from '../hash';
import { lastActivityAt } from './activities';
import { COMPUTER, indexOf, kindCode, USER } from './codes';
import { computerRecord } from './computers';
import type { DirectoryWorld } from './directory-world';
import { groupRecord } from './groups';
import { rdn } from './layout';
import { managerOf } from './organization';
import { userRecord } from './users';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Monitoring of the tenant began this long before the scenario's epoch. */
const MONITORED_DAYS = 200;

const iso = (ms: number) => new Date(ms).toISOString();

function seen(world: DirectoryWorld, code: number, createdAt: number | null, now: number) {
  const { seed, epoch } = world.layout;
  const monitoringStart = epoch - MONITORED_DAYS * DAY_MS;
  const first =
    Math.max(createdAt ?? monitoringStart, monitoringStart) +
    (hash(seed, 'first-seen', code) % DAY_MS);
  // Last seen is the newest activity line, so the profile and its Activities tab agree.
  const minutesAgo = 1 + (hash(seed, 'last-seen', code) % (30 * 24 * 60));
  const fallback = Math.floor((now - minutesAgo * MINUTE_MS) / MINUTE_MS) * MINUTE_MS;
  const last = Math.max(first, lastActivityAt(world, code, now) ?? fallback);
  return { firstSeen: iso(Math.min(first, last)), lastSeen: iso(last) };
}

/** The profile of one entity (left panel, Directory data tab, mini-profile). */
export function entityProfile(
  world: DirectoryWorld,
  code: number,
  now: number,
  defender: DefenderBadge | null,
  openAlerts: number,
): EntityProfile {
  const { layout } = world;
  const index = indexOf(code);
  const kind = kindCode(code);
  const ref = world.ref(code, now);
  const domain =
    layout.domains[
      kind === USER
        ? userRecord(layout, index).domain
        : kind === COMPUTER
          ? computerRecord(layout, index).domain
          : groupRecord(layout, index).domain
    ] ?? layout.domains[0]!;
  const rid = 1_100 + code;
  const common = {
    ...ref,
    sensitiveReasons: world.reasons(code),
    openAlerts,
  };
  if (kind === USER) {
    const user = userRecord(layout, index);
    const manager = managerOf(layout, index);
    return {
      ...common,
      kind: 'User',
      samName: user.sam,
      sid: `${domain.sid}-${rid}`,
      canonicalName: `${domain.dns}/Users/${user.department}/${user.name}`,
      distinguishedName: `CN=${rdn(user.name)},OU=${rdn(user.department)},OU=Users,${domain.dn}`,
      createdAt: iso(user.createdAt),
      ...seen(world, code, user.createdAt, now),
      defender,
      upn: user.upn,
      title: user.title,
      department: user.department,
      office: user.office,
      phone: user.phone,
      email: user.upn,
      uac: user.uac,
      manager: manager === null ? null : world.ref(manager * 3 + USER, now),
    };
  }
  if (kind === COMPUTER) {
    const computer = computerRecord(layout, index);
    const ou =
      computer.role === 'Domain controller'
        ? 'OU=Domain Controllers'
        : computer.role === 'Server'
          ? 'OU=Servers'
          : 'OU=Workstations';
    const resolved = !computer.unresolved;
    return {
      ...common,
      kind: 'Computer',
      computerRole: computer.role,
      samName: resolved ? computer.sam : '',
      sid: resolved ? `${domain.sid}-${rid}` : '',
      canonicalName: resolved ? `${domain.dns}/${ou.slice(3)}/${computer.name}` : '',
      distinguishedName: resolved ? `CN=${rdn(computer.name)},${ou},${domain.dn}` : '',
      createdAt: computer.createdAt === null ? null : iso(computer.createdAt),
      ...seen(world, code, computer.createdAt, now),
      defender,
      dnsName: computer.dnsName,
      operatingSystem: computer.os,
      osVersion: computer.osVersion,
      serverRoles: computer.serverRoles,
      uac: computer.uac,
    };
  }
  const group = groupRecord(layout, index);
  const container = group.wellKnownSid?.startsWith('S-1-5-32-')
    ? 'CN=Builtin'
    : group.builtInSensitive
      ? 'CN=Users'
      : 'OU=Groups';
  return {
    ...common,
    kind: 'Group',
    samName: group.sam,
    sid: group.wellKnownSid ?? `${domain.sid}-${rid}`,
    canonicalName: `${domain.dns}/${container.slice(3)}/${group.name}`,
    distinguishedName: `CN=${rdn(group.name)},${container},${domain.dn}`,
    createdAt: iso(layout.epoch - (400 + (hash(layout.seed, 'group-age', index) % 2_000)) * DAY_MS),
    ...seen(world, code, null, now),
    defender: null,
    description: group.description,
    memberCount: world.graph.membersOf(index).length,
    builtInSensitive: group.builtInSensitive,
  };
}

/** One line of the search results. */
export function searchHit(
  world: DirectoryWorld,
  code: number,
  now: number,
  defender: DefenderBadge | null,
): SearchHit {
  const { layout } = world;
  const index = indexOf(code);
  const kind = kindCode(code);
  const ref = world.ref(code, now);
  if (kind === USER) {
    const user = userRecord(layout, index);
    return { ...ref, secondary: user.upn, detail: user.title, defender };
  }
  if (kind === COMPUTER) {
    const computer = computerRecord(layout, index);
    return { ...ref, secondary: computer.dnsName, detail: computer.os, defender };
  }
  const members = world.graph.membersOf(index).length;
  return {
    ...ref,
    secondary: groupRecord(layout, index).sam,
    detail: `${members} member${members === 1 ? '' : 's'}`,
    defender: null,
  };
}
