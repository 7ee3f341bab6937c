import type { BuiltInSensitiveGroup } from '../../../src/api/contracts/entity-tags';
import { codeOf, GROUP } from '../directory/codes';
import type { DirectoryWorld } from '../directory/directory-world';
import { membersRecursive } from '../directory/walks';
import { inSlices } from '../yield';

const counts = new WeakMap<DirectoryWorld, Promise<number[]>>();

/** Members (nested included) of each built-in group, walked once per world in slices. */
function memberCounts(world: DirectoryWorld): Promise<number[]> {
  let found = counts.get(world);
  if (!found) {
    found = (async () => {
      const out: number[] = [];
      await inSlices(
        world.layout.groups.builtins.length,
        (g) => out.push(membersRecursive(world.graph, g).length),
        8,
        1,
      );
      return out;
    })();
    counts.set(world, found);
  }
  return found;
}

/**
 * The built-in sensitive groups of catalog §6.8 in every domain, each with how many entities
 * (nested members included) it makes sensitive.
 */
export async function builtInSensitiveGroups(
  world: DirectoryWorld,
  now: number,
): Promise<BuiltInSensitiveGroup[]> {
  const members = await memberCounts(world);
  return world.layout.groups.builtins.map((_, g) => ({
    group: world.ref(codeOf(GROUP, g), now),
    sensitiveMembers: members[g] ?? 0,
  }));
}
