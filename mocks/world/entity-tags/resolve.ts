import type { EntityRef } from '../../../src/api/contracts/entities';
import {
  entityTagSections,
  type EntityTagResolveResult,
  type EntityTagSection,
} from '../../../src/api/contracts/entity-tags';
import { kindCode, kinds } from '../directory/codes';
import type { DirectoryWorld } from '../directory/directory-world';
import { searchIndexOf } from '../directory/search';
import { foldQuery, rankOf, searchKeys } from '../directory/search-keys';

/** How many ranked hits of a line are checked for an exact match (exact ones rank first). */
const CANDIDATES = 20;

/** Whether one of the entity's keys is exactly the (folded) line: name, SAM name, UPN or DNS name. */
function exactly(world: DirectoryWorld, code: number, q: string): boolean {
  let found = false;
  searchKeys(world.layout, code, (key, type) => {
    if (!found && key.startsWith(q) && rankOf(key, type, q) === 0) found = true;
  });
  return found;
}

const article = (noun: string) => (/^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`);

/**
 * Pasted lines resolved for a section: each line must name exactly one entity of a kind the
 * section takes, by display name, SAM name, UPN or DNS name (case and accents ignored).
 */
export async function resolveLines(
  world: DirectoryWorld,
  section: EntityTagSection,
  lines: string[],
  now: number,
): Promise<EntityTagResolveResult> {
  const index = await searchIndexOf(world);
  const { kinds: allowed, title } = entityTagSections[section];
  const items = lines.map((line) => {
    const text = line.trim();
    const q = foldQuery(text);
    const fail = (problem: string) => ({ line: text, entity: null, problem });
    if (!q) return fail('Empty line');
    const { codes, length } = index.search(q);
    const exact: number[] = [];
    for (let m = 0; m < Math.min(length, CANDIDATES); m++)
      if (exactly(world, codes[m]!, q)) exact.push(codes[m]!);
    if (!exact.length) return fail(`No user, computer or group is called “${text}”`);
    const fitting = exact.filter((code) => allowed.includes(kinds[kindCode(code)] ?? 'User'));
    if (!fitting.length) {
      const kind = (kinds[kindCode(exact[0]!)] ?? 'User').toLowerCase();
      return fail(
        `“${text}” is ${article(kind)}; ${title} takes ${allowed.map((k) => `${k.toLowerCase()}s`).join(' and ')}`,
      );
    }
    if (fitting.length > 1)
      return fail(
        `${fitting.length} entities are called “${text}”: add the one you mean by searching`,
      );
    const entity: EntityRef = world.ref(fitting[0]!, now);
    return { line: text, entity, problem: null };
  });
  return { items };
}
