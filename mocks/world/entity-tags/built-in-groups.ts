import type { BuiltInSensitiveGroup } from '../../../src/api/contracts/entity-tags';
import { codeOf, GROUP } from '../directory/codes';
import type { DirectoryWorld } from '../directory/directory-world';
import { membersRecursive } from '../directory/walks';

const counts = new WeakMap<DirectoryWorld, number[]>();

/**
 * The built-in sensitive groups of catalog §6.8 in every domain, each with how many entities
 * (nested members included) it makes sensitive. Counts are walked once per world.
 */
export function builtInSensitiveGroups(
  world: DirectoryWorld,
  now: number,
): BuiltInSensitiveGroup[] {
  let members = counts.get(world);
  if (!members) {
    members = world.layout.groups.builtins.map((_, g) => membersRecursive(world.graph, g).length);
    counts.set(world, members);
  }
  return world.layout.groups.builtins.map((_, g) => ({
    group: world.ref(codeOf(GROUP, g), now),
    sensitiveMembers: members[g] ?? 0,
  }));
}
