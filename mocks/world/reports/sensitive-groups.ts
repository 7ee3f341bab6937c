import type { EntityRef, SentencePart } from '../../../src/api/contracts/entities';
import { codeOf, GROUP, indexOf, kindCode } from '../directory/codes';
import { draftLine } from '../directory/activity-lines';
import { minutesOf } from '../directory/activities';
import type { DirectoryWorld } from '../directory/directory-world';
import { daysOf, inWindow, type ReportWindow } from './range';

/** One change of a sensitive group's membership, as the directory's activity lines record it. */
export interface GroupModification {
  at: number;
  group: EntityRef;
  change: 'Member added' | 'Member removed';
  member: EntityRef;
  /** The domain controller that reported the change. */
  reportedBy: EntityRef;
}

const sensitiveGroupCache = new WeakMap<DirectoryWorld, number[]>();

/**
 * The sensitive groups of a world (catalog §6.8): the built-in ones and the groups nested inside
 * them. Generated groups only nest into generated groups, so this walks down from the built-ins
 * through explicit memberships alone: a few dozen groups even in `large`. Built once per world.
 */
export function sensitiveGroups(world: DirectoryWorld): number[] {
  const cached = sensitiveGroupCache.get(world);
  if (cached) return cached;
  const found = new Set<number>();
  const queue = world.layout.groups.builtins.map((_, i) => i);
  while (queue.length) {
    const group = queue.shift()!;
    if (found.has(group)) continue;
    found.add(group);
    for (const member of world.graph.membersOf(group)) {
      if (kindCode(member) === GROUP && !found.has(indexOf(member))) queue.push(indexOf(member));
    }
  }
  const groups = [...found].sort((a, b) => a - b);
  sensitiveGroupCache.set(world, groups);
  return groups;
}

const entityOf = (part: SentencePart | undefined): EntityRef | undefined =>
  part && 'entity' in part ? part.entity : undefined;

/** Every membership change of the sensitive groups in the window (oldest first). */
export function groupModifications(
  world: DirectoryWorld,
  window: ReportWindow,
  now: number,
): GroupModification[] {
  const rows: GroupModification[] = [];
  const refs = new Map<number, EntityRef>();
  const ref = (c: number) => {
    let r = refs.get(c);
    if (!r) refs.set(c, (r = world.ref(c, now)));
    return r;
  };
  const groups = sensitiveGroups(world);
  for (const day of daysOf(window)) {
    for (const group of groups) {
      const code = codeOf(GROUP, group);
      for (const minute of minutesOf(world, code, day)) {
        if (!inWindow(minute, window)) continue;
        const { sentence } = draftLine(world, code, minute, ref);
        const member = entityOf(sentence[0]);
        const reportedBy = entityOf(sentence[2]);
        const text = sentence[1] && 'text' in sentence[1] ? sentence[1].text : '';
        if (!member || !reportedBy) continue;
        rows.push({
          at: minute,
          group: ref(code),
          change: text.includes('removed') ? 'Member removed' : 'Member added',
          member,
          reportedBy,
        });
      }
    }
  }
  return rows.sort((a, b) => a.at - b.at || a.group.name.localeCompare(b.group.name));
}
