import type { Exclusion, ExclusionKind } from '../../src/api/contracts/alerts';
import { detections } from '../../src/api/contracts/detections';
import { exclusionKindsOf, type ExclusionDraft } from '../../src/api/contracts/exclusions';
import { normalizeExclusionValue } from '../../src/api/contracts/exclusion-values';
import type { StoredExclusion, TenantState } from '../store/state';
import { indexOf, kindCode, USER } from '../world/directory/codes';
import { computerEntityId, type DirectoryWorld } from '../world/directory/directory-world';
import { searchIndexOf } from '../world/directory/search';
import { userIdentity } from '../world/directory/users';
import { fold } from '../world/directory/text';
import { stableId } from '../world/hash';
import { isExpired, seedExclusions } from '../world/alerts/exclusion-rules';

/**
 * Exclusion entries in the store: checking a value (address, subnet, domain, or an entity that
 * exists), adding without duplicates, and the wire shape. Close and exclude and the exclusions
 * page both add through `addExclusion`.
 */

/** The user a name, SAM account name (optionally DOMAIN\name) or UPN names, by the search index. */
async function userCode(world: DirectoryWorld, text: string): Promise<number | undefined> {
  const wanted = fold(text.includes('\\') ? text.slice(text.indexOf('\\') + 1) : text);
  const { codes, length } = (await searchIndexOf(world)).search(wanted);
  for (let m = 0; m < Math.min(length, 50); m++) {
    const code = codes[m]!;
    if (kindCode(code) !== USER) continue;
    const user = userIdentity(world.layout, indexOf(code));
    if (user.folded === wanted || user.upn === wanted || fold(user.sam) === wanted) return code;
  }
  return undefined;
}

export type CheckedValue =
  | { value: string; entityId: string | null; name: string }
  | { field: 'value' | 'kind'; error: string };

/** Checks one value for a list: the kind is offered there, the value well formed, entities exist. */
export async function checkValue(
  world: DirectoryWorld,
  detectionId: string | null,
  kind: ExclusionKind,
  raw: string,
): Promise<CheckedValue> {
  if (!exclusionKindsOf(detectionId).includes(kind)) {
    const where = detectionId === null ? 'The global list' : `Detection ${detectionId}`;
    return { field: 'kind', error: `${where} can’t exclude by ${kind.toLowerCase()}` };
  }
  const normal = normalizeExclusionValue(kind, raw);
  if ('error' in normal) return { field: 'value', error: normal.error };
  if (kind === 'Computer') {
    const id = computerEntityId(world, normal.value);
    if (!id)
      return { field: 'value', error: `No computer named “${normal.value}” in your directory` };
    const code = world.codeOfId(id)!;
    return { value: world.name(code), entityId: id, name: world.name(code) };
  }
  if (kind === 'User') {
    const code = await userCode(world, normal.value);
    if (code === undefined)
      return { field: 'value', error: `No user named “${normal.value}” in your directory` };
    return { value: world.name(code), entityId: world.idOf(code), name: world.name(code) };
  }
  return { value: normal.value, entityId: null, name: normal.value };
}

/** Lists are keyed by detection (or global), kind and value, case-insensitively. */
export const entryKey = (e: Pick<StoredExclusion, 'detectionId' | 'kind' | 'value'>) =>
  `${e.detectionId ?? 'global'}|${e.kind}|${e.value.toLowerCase()}`;

/** The live (not removed, not expired) entry with the same key, if any. */
export function sameEntry(
  list: readonly StoredExclusion[],
  e: Pick<StoredExclusion, 'detectionId' | 'kind' | 'value'>,
  now: number,
) {
  const key = entryKey(e);
  return list.find((x) => x.removedAt === undefined && !isExpired(x, now) && entryKey(x) === key);
}

export interface NewEntry extends Omit<ExclusionDraft, 'expiresAt'> {
  entityId: string | null;
  expiresAt: number | null;
  fromAlertId: string | null;
}

/** Adds an entry unless a live one with the same key exists; answers the entry that holds it. */
export function addExclusion(
  tenant: TenantState,
  entry: NewEntry,
  by: string,
  now: number,
): StoredExclusion {
  const list = seedExclusions(tenant);
  const same = sameEntry(list, entry, now);
  if (same) return same;
  const stored: StoredExclusion = {
    id: stableId('exclusion', entryKey(entry), now, list.length),
    detectionId: entry.detectionId,
    kind: entry.kind,
    value: entry.value,
    entityId: entry.entityId,
    addedAt: now,
    addedBy: by,
    fromAlertId: entry.fromAlertId,
    note: entry.note,
    expiresAt: entry.expiresAt,
  };
  list.push(stored);
  return stored;
}

export function toExclusion(e: StoredExclusion, world: DirectoryWorld, now: number): Exclusion {
  const code = e.entityId ? world.codeOfId(e.entityId) : undefined;
  return {
    id: e.id,
    detectionId: e.detectionId,
    kind: e.kind,
    value: e.value,
    entity: code === undefined ? null : world.ref(code, now),
    addedAt: new Date(e.addedAt).toISOString(),
    addedBy: e.addedBy,
    fromAlertId: e.fromAlertId,
    note: e.note ?? null,
    expiresAt: e.expiresAt == null ? null : new Date(e.expiresAt).toISOString(),
    builtIn: e.builtIn ?? false,
  };
}

const detectionNames = new Map(detections.map((d) => [d.id, d.name]));

/** The lists as the audit log shows them: "<list>|<kind> <value>" → expiry or "No expiry". */
export function exclusionsSnapshot(list: readonly StoredExclusion[]) {
  const out: Record<string, string> = {};
  for (const e of list) {
    if (e.removedAt !== undefined) continue;
    const section =
      e.detectionId === null
        ? 'Global exclusions'
        : (detectionNames.get(e.detectionId) ?? e.detectionId);
    out[`${section}|${e.kind} ${e.value}`] =
      e.expiresAt == null ? 'No expiry' : new Date(e.expiresAt).toISOString();
  }
  return out;
}
