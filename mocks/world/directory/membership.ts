import { hash, unit } from '../hash';
import { codeOf, COMPUTER, GROUP, indexOf, kindCode, USER } from './codes';
import { fixedComputers, fixedGroups, fixedUsers } from './fixed';
import { gcd, type DirectoryLayout } from './layout';

/**
 * Who is a direct member of which group. Fixed and built-in memberships are a small explicit edge
 * list; generated ones are arithmetic, so both directions are computed without an index: slot k
 * of generated entity t belongs to generated group (a_k · t + b_k) mod G, and the members of group
 * j are found by inverting that (t ≡ a_k⁻¹ · (j − b_k) mod G), a few dozen candidates per group.
 */
export interface MembershipGraph {
  /** Groups (indices) the entity is a direct member of. */
  parentsOf(code: number): number[];
  /** Direct members (codes) of group `group`. */
  membersOf(group: number): number[];
}

const userSlotShares = [1, 0.6, 0.3, 0.12];
const computerSlotShares = [0.5, 0.15];
const PARENT_SHARE = 0.3;
const PARENT_SPAN = 40;

interface Slot {
  a: number;
  b: number;
  inverse: number;
}

function inverseMod(a: number, m: number): number {
  let [oldR, r] = [a % m, m];
  let [oldS, s] = [1, 0];
  while (r !== 0) {
    const q = Math.floor(oldR / r);
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}

function slots(seed: string, kind: string, count: number, groups: number): Slot[] {
  return Array.from({ length: count }, (_, k) => {
    let a = 1 + (hash(seed, kind, 'slot-a', k) % 1_000_003);
    while (gcd(a, groups) !== 1) a += 1;
    return { a, b: hash(seed, kind, 'slot-b', k) % groups, inverse: inverseMod(a, groups) };
  });
}

function explicitEdges(layout: DirectoryLayout) {
  const parents = new Map<number, number[]>();
  const members = new Map<number, number[]>();
  const seen = new Set<string>();
  const add = (member: number, group: number | undefined) => {
    if (group === undefined || seen.has(`${member}:${group}`)) return;
    seen.add(`${member}:${group}`);
    const list = parents.get(member) ?? [];
    list.push(group);
    parents.set(member, list);
    const m = members.get(group) ?? [];
    m.push(member);
    members.set(group, m);
  };
  const group = (key: string) => layout.groupIndexByKey.get(key);
  fixedUsers.forEach((u, i) => u.groups.forEach((g) => add(codeOf(USER, i), group(g))));
  fixedGroups.forEach((g) =>
    g.parents.forEach((p) => add(codeOf(GROUP, group(g.key) ?? -1), group(p))),
  );
  fixedComputers.forEach((c, i) =>
    c.groups.forEach((g) => add(codeOf(COMPUTER, layout.computers.dcs + i), group(g))),
  );
  layout.dcs.forEach((dc, i) => {
    const d = layout.domains.findIndex((x) => x.dns === dc.domain);
    const name = dc.isReadOnly ? 'Read-only Domain Controllers' : 'Domain Controllers';
    add(codeOf(COMPUTER, i), group(`${name}@${d}`));
  });
  const { fixed, generated } = layout.users;
  layout.domains.forEach((_, d) => {
    // As in real AD: each domain's Administrators holds its Domain Admins and the Enterprise Admins.
    add(codeOf(GROUP, group(`Domain Admins@${d}`) ?? -1), group(`Administrators@${d}`));
    add(codeOf(GROUP, group('Enterprise Admins@0') ?? -1), group(`Administrators@${d}`));
    if (d > 0 && generated > 0)
      add(codeOf(USER, fixed + ((d * 37 + 5) % generated)), group(`Domain Admins@${d}`));
  });
  // A few generated users reset Tier 0 passwords too.
  for (let t = 17; t < generated; t += 2_003) add(codeOf(USER, fixed + t), group('Tier0 Helpdesk'));
  // Every built-in sensitive group has someone in it: an administrator account per empty group.
  if (generated > 0) {
    layout.groups.builtins.forEach((_, b) => {
      if (members.has(b)) return;
      add(codeOf(USER, fixed + (hash(layout.seed, 'builtin-member', b) % generated)), b);
    });
  }
  if (layout.benchUserInEveryGroup) {
    const bench = codeOf(USER, layout.userIndexByKey.get('bench') ?? 0);
    for (let g = 0; g < layout.groups.count; g++) add(bench, g);
  }
  return { parents, members };
}

export function createMembership(layout: DirectoryLayout): MembershipGraph {
  const { seed } = layout;
  const G = layout.groups.generated;
  const firstGenerated = layout.groups.fixedEnd;
  const userSlots = slots(seed, 'user', userSlotShares.length, G);
  const computerSlots = slots(seed, 'computer', computerSlotShares.length, G);
  let explicit: ReturnType<typeof explicitEdges> | undefined;
  const edges = () => (explicit ??= explicitEdges(layout));

  const slotActive = (kind: string, shares: number[], t: number, k: number) =>
    (shares[k] ?? 0) >= 1 || unit(seed, kind, 'slot-on', t, k) < (shares[k] ?? 0);

  const generatedParents = (kind: string, shares: number[], s: Slot[], t: number) => {
    const out: number[] = [];
    s.forEach((slot, k) => {
      if (!slotActive(kind, shares, t, k)) return;
      const g = firstGenerated + ((slot.a * t + slot.b) % G);
      if (!out.includes(g)) out.push(g);
    });
    return out;
  };

  const parentGroupOf = (j: number): number | null => {
    if (unit(seed, 'group-parent', j) >= PARENT_SHARE) return null;
    const parent = j + 1 + (hash(seed, 'group-parent-at', j) % PARENT_SPAN);
    return parent < G ? parent : null;
  };

  const generatedMembers = (
    kind: string,
    shares: number[],
    s: Slot[],
    j: number,
    count: number,
  ): number[] => {
    const found = new Set<number>();
    s.forEach((slot, k) => {
      const r = (slot.inverse * (((j - slot.b) % G) + G)) % G;
      for (let t = r; t < count; t += G) if (slotActive(kind, shares, t, k)) found.add(t);
    });
    return [...found].sort((a, b) => a - b);
  };

  return {
    parentsOf(code) {
      const index = indexOf(code);
      const explicitParents = edges().parents.get(code) ?? [];
      let generated: number[] = [];
      if (G > 0) {
        const kind = kindCode(code);
        if (kind === USER && index >= layout.users.fixed) {
          generated = generatedParents(
            'user',
            userSlotShares,
            userSlots,
            index - layout.users.fixed,
          );
        } else if (kind === COMPUTER && index >= layout.computers.fixedEnd) {
          const t = index - layout.computers.fixedEnd;
          generated = generatedParents('computer', computerSlotShares, computerSlots, t);
        } else if (kind === GROUP && index >= firstGenerated) {
          const parent = parentGroupOf(index - firstGenerated);
          if (parent !== null) generated = [firstGenerated + parent];
        }
      }
      return [...explicitParents, ...generated.filter((g) => !explicitParents.includes(g))];
    },
    membersOf(group) {
      const explicitMembers = edges().members.get(group) ?? [];
      if (group < firstGenerated || G === 0) return explicitMembers;
      const j = group - firstGenerated;
      const users = generatedMembers('user', userSlotShares, userSlots, j, layout.users.generated);
      const computers = generatedMembers(
        'computer',
        computerSlotShares,
        computerSlots,
        j,
        layout.computers.generated,
      );
      const groups: number[] = [];
      for (let c = Math.max(0, j - PARENT_SPAN); c < j; c++)
        if (parentGroupOf(c) === j) groups.push(c);
      const generated = [
        ...users.map((t) => codeOf(USER, layout.users.fixed + t)),
        ...computers.map((t) => codeOf(COMPUTER, layout.computers.fixedEnd + t)),
        ...groups.map((c) => codeOf(GROUP, firstGenerated + c)),
      ];
      return [...explicitMembers, ...generated.filter((m) => !explicitMembers.includes(m))];
    },
  };
}
