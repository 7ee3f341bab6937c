import type { EntityRef, SensitiveReason } from '../../../src/api/contracts/entities';
import type { EntityTags, TaggedEntity } from '../../../src/api/contracts/entity-tags';
import type { ScenarioName } from '../../../src/api/contracts/vocabulary';
import { codeOf, GROUP, indexOf, kindCode, USER } from './codes';
import type { MembershipGraph } from './membership';
import { chainTo, memberOfRecursive, membersRecursive } from './walks';

/**
 * The Entity tags page's effect on the directory world (catalog §6.8, §8.5): the tags are tenant
 * state, the world is generated, so the world reads the tags through this overlay instead of
 * being recomputed. The store registers where the tags are (`setEntityTagSource`); the world asks
 * on every read and rebuilds the overlay's sets only when the stored tags object changed (each
 * save replaces it), so an untouched tenant pays one lookup per read and untagging undoes at once.
 */
export type StoredEntityTags = EntityTags;

type Source = (scenario: ScenarioName, tenantId: string) => StoredEntityTags | undefined;
let source: Source = () => undefined;

/** Called once by the mock backend (mocks/handlers/entity-tags.ts) with the store's lookup. */
export function setEntityTagSource(next: Source) {
  source = next;
}

export interface TagOverlay {
  honeytokens: Set<number>;
  /** Accounts and groups tagged sensitive, by code. */
  sensitive: Map<number, TaggedEntity>;
  exchange: Map<number, TaggedEntity>;
  /** Groups tagged sensitive (codes): their members, nested included, are sensitive too. */
  groups: Map<number, TaggedEntity>;
  /** Users sensitive because of a tag (directly or through a tagged group), sorted. */
  users(): number[];
}

function buildOverlay(
  stored: StoredEntityTags,
  graph: MembershipGraph,
  codeOfId: (id: string) => number | undefined,
): TagOverlay | null {
  const byCode = (list: TaggedEntity[]) => {
    const out = new Map<number, TaggedEntity>();
    for (const entry of list) {
      const code = codeOfId(entry.id);
      if (code !== undefined) out.set(code, entry);
    }
    return out;
  };
  const honeytokens = new Set(byCode(stored.honeytokens).keys());
  const accounts = byCode(stored.sensitiveAccounts);
  const groups = byCode(stored.sensitiveGroups);
  const exchange = byCode(stored.exchangeServers);
  if (!honeytokens.size && !accounts.size && !groups.size && !exchange.size) return null;
  let users: number[] | null = null;
  return {
    honeytokens,
    sensitive: new Map([...accounts, ...groups]),
    exchange,
    groups,
    users() {
      if (users) return users;
      const found = new Set<number>();
      for (const code of accounts.keys()) if (kindCode(code) === USER) found.add(code);
      for (const group of groups.keys())
        for (const r of membersRecursive(graph, indexOf(group)))
          if (kindCode(r.code) === USER) found.add(r.code);
      return (users = [...found].sort((a, b) => a - b));
    },
  };
}

/** The overlay of one world, memoised on the stored tags object it was built from. */
export function overlayReader(
  scenario: ScenarioName,
  tenantId: string,
  graph: MembershipGraph,
  codeOfId: (id: string) => number | undefined,
): () => TagOverlay | null {
  let built: { stored: StoredEntityTags; overlay: TagOverlay | null } | null = null;
  return () => {
    const stored = source(scenario, tenantId);
    if (!stored) return null;
    if (built?.stored !== stored)
      built = { stored, overlay: buildOverlay(stored, graph, codeOfId) };
    return built.overlay;
  };
}

/** Why the entity is sensitive because of the tags, after the directory's own reasons. */
export function taggedReasons(
  overlay: TagOverlay,
  graph: MembershipGraph,
  code: number,
  own: SensitiveReason[],
  groupRef: (group: number) => EntityRef,
  groupName: (group: number) => string,
): SensitiveReason[] {
  const out: SensitiveReason[] = [];
  const direct = overlay.sensitive.get(code);
  if (direct)
    out.push({
      kind: 'Tagged',
      text: `Tagged by ${direct.taggedBy}`,
      via: [],
      at: direct.taggedAt,
    });
  const exchange = overlay.exchange.get(code);
  if (exchange)
    out.push({
      kind: 'Sensitive server',
      text: `Exchange server, tagged by ${exchange.taggedBy}`,
      via: [],
      at: exchange.taggedAt,
    });
  if (overlay.groups.size) {
    const reached = memberOfRecursive(graph, code);
    const byCode = new Map(reached.map((r) => [r.code, r]));
    for (const r of reached) {
      if (!overlay.groups.has(r.code)) continue;
      const chain = chainTo(byCode, r.code).map((c) => indexOf(c));
      const through = chain.slice(0, -1).map(groupName);
      const text = `Member of ${groupName(indexOf(r.code))}${through.length ? ` through ${through.join(', ')}` : ''}`;
      if (own.some((o) => o.text === text)) continue;
      out.push({ kind: 'Sensitive group member', text, via: chain.map(groupRef) });
    }
  }
  return out;
}

export const groupCode = (group: number) => codeOf(GROUP, group);
