import type { ActivityType, EntityRef, SentencePart } from '../../../src/api/contracts/entities';
import { hash, pick } from '../hash';
import { codeOf, COMPUTER, GROUP, indexOf, kindCode, USER } from './codes';
import { computerIdentity } from './computers';
import { primaryWorkstation, usersOfWorkstation } from './devices';
import { scriptedLogonsOf } from './scripted-logons';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
import type { DirectoryWorld } from './directory-world';

/** What a generated activity line needs besides its minute: filled in per kind of entity. */
export interface LineDraft {
  type: ActivityType;
  sentence: SentencePart[];
  protocol: string | null;
  sourceIp: string | null;
  result: string | null;
  /** For the summary tiles: the other entity logged on / accessed, the VPN location. */
  counterpart: string | null;
  /** A user's logon: the computer (code) the user's credentials were used on (lateral movement). */
  logonTo?: number;
}

export const vpnLocations = [
  'Seattle, United States',
  'New York, United States',
  'London, United Kingdom',
  'Dublin, Ireland',
  'Munich, Germany',
  'Singapore',
  'Tokyo, Japan',
  'Sydney, Australia',
] as const;

const userTypes: [ActivityType, number][] = [
  ['Interactive Logon', 24],
  ['Resource Access', 22],
  ['Credentials Validation', 14],
  ['LDAP Query', 8],
  ['Remote Desktop', 6],
  ['VPN Connection', 6],
  ['Failed Logon', 5],
  ['DNS Query', 4],
  ['Interactive Logon with Certificate', 3],
  ['Delegated Resource Access', 2],
  ['SMB file copy', 2],
  ['Account Password Changed', 1],
  ['PowerShell execution', 1],
  ['SAMR Query', 1],
  ['User Title Changed', 0.3],
  ['User Phone Number Changed', 0.3],
];

const computerTypes: [ActivityType, number][] = [
  ['Interactive Logon', 24],
  ['Resource Access', 20],
  ['DNS Query', 14],
  ['Credentials Validation', 10],
  ['LDAP Query', 8],
  ['Remote Desktop', 5],
  ['SMB Session Enumeration', 1],
  ['Wmi Execution', 1],
  ['Service Creation', 0.5],
  ['Computer Operating System Changed', 0.2],
];

function weighted(list: [ActivityType, number][], roll: number): ActivityType {
  const total = list.reduce((sum, [, w]) => sum + w, 0);
  let x = roll * total;
  for (const [type, w] of list) {
    if ((x -= w) < 0) return type;
  }
  return list[0]![0];
}

const dcsByDomain = new WeakMap<DirectoryWorld, Map<string, number[]>>();

/** Indices of the domain controllers of a domain (memoised per world). */
function dcsOf(world: DirectoryWorld, domain: string): number[] {
  let byDomain = dcsByDomain.get(world);
  if (!byDomain) {
    byDomain = new Map();
    world.layout.dcs.forEach((dc, i) =>
      byDomain!.set(dc.domain, [...(byDomain!.get(dc.domain) ?? []), i]),
    );
    dcsByDomain.set(world, byDomain);
  }
  return byDomain.get(domain) ?? [0];
}

export function ipOf(world: DirectoryWorld, computer: number): string {
  const d = computerIdentity(world.layout, computer).domain;
  return `10.${d + 1}.${(computer >> 8) & 255}.${computer & 255}`;
}

const text = (t: string): SentencePart => ({ text: t });

/** The activity of entity `code` at minute `minute` (ms): a line built from hash(seed, code, minute). */
export function draftLine(
  world: DirectoryWorld,
  code: number,
  minute: number,
  ref: (code: number) => EntityRef,
): LineDraft {
  const { layout } = world;
  const seed = layout.seed;
  const kind = kindCode(code);
  const index = indexOf(code);
  const h = (salt: string) => hash(seed, 'activity', salt, code, minute);
  const domain = kind === USER || kind === COMPUTER ? world.domainDns(code) : '';
  const dcs = dcsOf(world, domain);
  const dc = codeOf(COMPUTER, dcs[h('dc') % dcs.length] ?? 0);
  const servers = layout.computers.serverEnd - layout.computers.dcs;
  const server = codeOf(COMPUTER, layout.computers.dcs + (h('server') % Math.max(1, servers)));

  if (kind === GROUP) {
    const member = codeOf(USER, h('member') % layout.users.count);
    const added = h('added') % 3 !== 0;
    return {
      type: 'Group Membership Changed',
      sentence: [
        ref(member),
        text(added ? ' added to this group by ' : ' removed from this group by '),
        ref(dc),
      ].map((p) => ('kind' in p ? { entity: p } : p)),
      protocol: null,
      sourceIp: null,
      result: null,
      counterpart: null,
    };
  }
  const scripted =
    kind === USER
      ? scriptedLogonsOf(layout, code).find(
          (s) => s.minute === Math.floor((minute % DAY_MS) / MINUTE_MS),
        )
      : undefined;
  const roll = (h('type') % 100_000) / 100_000;
  const type = scripted?.type ?? weighted(kind === USER ? userTypes : computerTypes, roll);
  // The other side: a user's workstation, or a workstation's user (servers: any user).
  const workstation =
    kind !== USER
      ? code
      : scripted?.type === 'Interactive Logon'
        ? scripted.computer
        : codeOf(COMPUTER, primaryWorkstation(layout, index));
  const target = scripted?.type === 'Remote Desktop' ? scripted.computer : server;
  const users = kind === COMPUTER ? usersOfWorkstation(layout, index, 3) : [];
  const user =
    kind === USER
      ? code
      : codeOf(
          USER,
          users.length ? users[h('user') % users.length]! : h('any-user') % layout.users.count,
        );
  const ip = ipOf(world, indexOf(workstation));
  const e = (c: number): SentencePart => ({ entity: ref(c) });
  const line = (
    sentence: SentencePart[],
    protocol: string | null,
    counterpart: string | null,
    result: string | null = 'Success',
  ): LineDraft => ({
    type,
    sentence,
    protocol,
    sourceIp: ip,
    result,
    counterpart,
  });
  const other = kind === USER ? workstation : user;
  switch (type) {
    case 'Interactive Logon':
      return kind === USER
        ? {
            ...line(
              [text('Logged on to '), e(workstation), text(' from '), e(workstation)],
              'Kerberos',
              world.idOf(workstation),
            ),
            logonTo: workstation,
          }
        : line([e(user), text(' logged on to '), e(code)], 'Kerberos', world.idOf(user));
    case 'Interactive Logon with Certificate': {
      const drafted = line(
        [text('Logged on to '), e(workstation), text(' with a smart card certificate')],
        'Kerberos',
        world.idOf(other),
      );
      return kind === USER ? { ...drafted, logonTo: workstation } : drafted;
    }
    case 'Remote Desktop':
      return kind === USER
        ? {
            ...line(
              [
                text('Logged on to '),
                e(target),
                text(' from '),
                e(workstation),
                text(' using Remote Desktop'),
              ],
              'RDP',
              world.idOf(target),
            ),
            logonTo: target,
          }
        : line(
            [e(user), text(' connected to '), e(code), text(' using Remote Desktop')],
            'RDP',
            world.idOf(user),
          );
    case 'Resource Access':
      return line(
        [text('Accessed '), e(server), text(' from '), e(workstation)],
        'Kerberos',
        world.idOf(server),
      );
    case 'Delegated Resource Access':
      return line(
        [text('Accessed '), e(server), text(' through delegation from '), e(workstation)],
        'Kerberos',
        world.idOf(server),
      );
    case 'Credentials Validation':
      return line(
        [text('Validated credentials against '), e(dc), text(' from '), e(workstation)],
        'NTLM',
        null,
      );
    case 'VPN Connection': {
      const location = pick(vpnLocations, seed, 'vpn', code, minute);
      const publicIp = `203.0.113.${1 + (h('vpn-ip') % 254)}`;
      return {
        ...line([text(`Connected to the VPN from ${location}`)], 'RADIUS', location),
        sourceIp: publicIp,
      };
    }
    case 'Failed Logon':
      return line(
        [text('Failed to log on to '), e(dc), text(' from '), e(workstation)],
        'NTLM',
        null,
        pick(
          ['WrongPassword', 'AccountLocked', 'AccountDisabled', 'PasswordExpired'],
          seed,
          'fail',
          code,
          minute,
        ),
      );
    case 'LDAP Query':
      return line(
        [text('Queried '), e(dc), text(' with LDAP from '), e(workstation)],
        'LDAP',
        null,
      );
    case 'DNS Query':
      return line([text(`Sent a DNS query resolving ${domain} to `), e(dc)], 'DNS', null);
    case 'SMB file copy':
      return line([text('Copied files from '), e(server), text(' over SMB')], 'SMB', null);
    case 'SMB Session Enumeration':
      return line([text('Enumerated SMB sessions on '), e(dc)], 'SMB', null);
    case 'PowerShell execution':
    case 'Wmi Execution':
    case 'Service Creation':
      return line(
        [text(`${type} on `), e(server), text(' from '), e(workstation)],
        type === 'PowerShell execution' ? 'WinRM' : 'RPC',
        null,
      );
    case 'SAMR Query':
      return line([text('Queried '), e(dc), text(' with SAM-R')], 'SAMR', null);
    default:
      return {
        ...line([text(`${type} (by `), e(dc), text(')')], null, null, null),
        sourceIp: null,
      };
  }
}
