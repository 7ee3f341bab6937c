import type { EntityRef, SensitiveReason } from '../../../src/api/contracts/entities';
import { COMPUTER, GROUP, indexOf, kindCode, USER } from './codes';
import { computerRecord } from './computers';
import { groupRecord } from './groups';
import type { DirectoryLayout } from './layout';
import type { MembershipGraph } from './membership';
import { userRecord } from './users';
import { chainTo, memberOfRecursive } from './walks';

/**
 * Why an entity is sensitive (catalog §6.8): membership, nested included, of a built-in sensitive
 * group (with the chain of groups that leads there); being a domain controller or a server of a
 * sensitive role; being allowed to replicate the directory.
 */
export function sensitiveReasons(
  layout: DirectoryLayout,
  graph: MembershipGraph,
  code: number,
  groupRef: (group: number) => EntityRef,
): SensitiveReason[] {
  const reasons: SensitiveReason[] = [];
  const kind = kindCode(code);
  const index = indexOf(code);
  if (kind === COMPUTER) {
    const computer = computerRecord(layout, index);
    if (computer.role === 'Domain controller') {
      const dns = layout.domains[computer.domain]?.dns ?? '';
      reasons.push({ kind: 'Domain controller', text: `Domain controller of ${dns}`, via: [] });
    }
    for (const role of computer.serverRoles)
      reasons.push({ kind: 'Sensitive server', text: role, via: [] });
  }
  if (kind === USER && userRecord(layout, index).replication) {
    reasons.push({
      kind: 'Replication rights',
      text: 'Allowed to replicate directory changes',
      via: [],
    });
  }
  if (kind === GROUP && groupRecord(layout, index).builtInSensitive) {
    reasons.push({ kind: 'Tagged', text: 'Built-in sensitive group', via: [] });
  }
  const reached = memberOfRecursive(graph, code);
  const byCode = new Map(reached.map((r) => [r.code, r]));
  for (const r of reached) {
    const group = indexOf(r.code);
    if (group >= layout.groups.builtins.length) continue;
    const chain = chainTo(byCode, r.code).map((c) => groupRef(indexOf(c)));
    const target = chain[chain.length - 1];
    if (!target) continue;
    const through = chain.slice(0, -1).map((g) => g.name);
    const domain = groupRecord(layout, group).domain;
    const where = domain === 0 ? '' : ` (${layout.domains[domain]?.netbios ?? ''})`;
    reasons.push({
      kind: 'Sensitive group member',
      text: `Member of ${target.name}${where}${through.length ? ` through ${through.join(', ')}` : ''}`,
      via: chain,
    });
  }
  return reasons;
}
