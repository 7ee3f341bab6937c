import { fixedGroups, type FixedGroup } from './fixed';
import { domainOf, scramble, type DirectoryLayout } from './layout';
import { groupPrefixes, groupSuffixes } from './names';

export interface GroupRecord {
  index: number;
  name: string;
  sam: string;
  domain: number;
  description: string;
  builtInSensitive: boolean;
  /** Well-known SID of a built-in group (null: derived from the domain like any other). */
  wellKnownSid: string | null;
  fixed: FixedGroup | null;
}

const pairs = groupPrefixes.length * groupSuffixes.length;

const builtinDescriptions: Record<string, string> = {
  'Domain Admins': 'Designated administrators of the domain',
  'Enterprise Admins': 'Designated administrators of the enterprise',
  'Schema Admins': 'Designated administrators of the schema',
  Administrators: 'Administrators have complete and unrestricted access to the computer/domain',
  'Domain Controllers': 'All domain controllers in the domain',
  'Read-only Domain Controllers':
    'Members of this group are Read-Only Domain Controllers in the domain',
  'Microsoft Exchange Servers': 'Exchange servers of the organization',
};

/** Group i: the built-in sensitive groups of each domain, the fixed groups, then generated ones. */
export function groupRecord(layout: DirectoryLayout, i: number): GroupRecord {
  const g = layout.groups;
  const builtin = g.builtins[i];
  if (builtin) {
    return {
      index: i,
      name: builtin.name,
      sam: builtin.name,
      domain: builtin.domain,
      description:
        builtinDescriptions[builtin.name] ??
        'Built-in group: its members, nested included, are sensitive',
      builtInSensitive: true,
      wellKnownSid: builtin.sid,
      fixed: null,
    };
  }
  const fixed = fixedGroups[i - g.builtins.length];
  if (i < g.fixedEnd && fixed) {
    return {
      index: i,
      name: fixed.name,
      sam: fixed.name,
      domain: fixed.domain,
      description: fixed.description,
      builtInSensitive: false,
      wellKnownSid: null,
      fixed,
    };
  }
  const j = i - g.fixedEnd;
  const pair = scramble(j, pairs, layout.seed, 'group-name');
  const round = Math.floor(j / pairs);
  const domain = domainOf(layout, 'group', j);
  const netbios = domain === 0 ? '' : ` ${layout.domains[domain]?.netbios ?? ''}`;
  const prefix = groupPrefixes[pair % groupPrefixes.length] ?? 'Project';
  const suffix = groupSuffixes[Math.floor(pair / groupPrefixes.length)] ?? 'Users';
  const name = `${prefix} ${suffix}${netbios}${round ? ` ${round + 1}` : ''}`;
  return {
    index: i,
    name,
    sam: name,
    domain,
    description: `${prefix} ${suffix.toLowerCase()}`,
    builtInSensitive: false,
    wellKnownSid: null,
    fixed: null,
  };
}
