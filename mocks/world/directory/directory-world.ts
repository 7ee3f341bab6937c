import type { EntityRef, EntityTag, SensitiveReason } from '../../../src/api/contracts/entities';
import type { ScenarioName } from '../../../src/api/contracts/vocabulary';
import type { DirectoryTenant } from '../../identity/directory';
import { tenantWorld } from '../world';
import { codeOf, COMPUTER, GROUP, indexOf, kindCode, kinds, USER } from './codes';
import { computerIdentity, computerIndexByName, computerRecord, computerRoleOf } from './computers';
import { groupRecord } from './groups';
import { createLayout, type DirectoryLayout } from './layout';
import { createMembership, type MembershipGraph } from './membership';
import { sensitiveReasons } from './sensitive';
import { overlayReader, taggedReasons } from './tag-overlay';
import { userIdentity, userRecord } from './users';

const DAY_MS = 86_400_000;
const NEW_DAYS = 30;
const letters = ['u', 'c', 'g'] as const;
const tagOrder: readonly EntityTag[] = [
  'Sensitive',
  'Honeytoken',
  'New',
  'Disabled',
  'Locked',
  'Expired',
  'Deleted',
  'Partial',
  'Unresolved',
];

/**
 * The Active Directory world of a tenant: users, computers and groups computed from the layout on
 * demand (nothing is stored, nothing is walked when it is created). Memoised per scenario/tenant.
 */
export interface DirectoryWorld {
  scenario: ScenarioName;
  tenantId: string;
  layout: DirectoryLayout;
  graph: MembershipGraph;
  total: number;
  idOf(code: number): string;
  /** The entity an id names, or undefined (unknown, another tenant's or scenario's). */
  codeOfId(id: string): number | undefined;
  name(code: number): string;
  domainDns(code: number): string;
  reasons(code: number): SensitiveReason[];
  tags(code: number, now: number): EntityTag[];
  ref(code: number, now: number): EntityRef;
  /**
   * Users made sensitive by the Entity tags page (tagged, or members of a tagged group), sorted.
   * Empty without tags.
   */
  taggedSensitiveUsers(): number[];
  /** Changes (a new object) whenever the tenant's tags change: for caches of sensitivity. */
  tagRevision(): object | null;
}

const cache = new Map<string, DirectoryWorld>();

/** The entity id of a computer by NetBIOS or DNS name (sensor and domain controller links). */
export function computerEntityId(world: DirectoryWorld, nameOrDns: string): string | undefined {
  const index = computerIndexByName(world.layout, nameOrDns);
  return index === undefined ? undefined : world.idOf(codeOf(COMPUTER, index));
}

export function directoryWorld(
  scenario: ScenarioName,
  tenant: DirectoryTenant,
  epoch: number,
): DirectoryWorld {
  const key = `${scenario}|${tenant.id}|${epoch}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const sensors = tenantWorld(scenario, tenant, epoch);
  const { profile } = sensors;
  const layout = createLayout(
    `${profile.seed}:directory`,
    epoch,
    sensors.domains,
    sensors.domainControllers,
    profile.directory,
  );
  const world = createDirectoryWorld(scenario, tenant.id, layout);
  cache.set(key, world);
  return world;
}

function createDirectoryWorld(
  scenario: ScenarioName,
  tenantId: string,
  layout: DirectoryLayout,
): DirectoryWorld {
  const graph = createMembership(layout);
  const counts = [layout.users.count, layout.computers.count, layout.groups.count];
  const groupReasons = new Map<number, SensitiveReason[]>();
  const pattern = new RegExp(`^([ucg])(\\d+)-${layout.tag}$`);

  const name = (code: number) => {
    const i = indexOf(code);
    const kind = kindCode(code);
    if (kind === USER) return userIdentity(layout, i).name;
    if (kind === COMPUTER) return computerIdentity(layout, i).name;
    return groupRecord(layout, i).name;
  };
  const domainOfCode = (code: number) => {
    const i = indexOf(code);
    const kind = kindCode(code);
    if (kind === USER) return userIdentity(layout, i).domain;
    if (kind === COMPUTER) return computerIdentity(layout, i).domain;
    return groupRecord(layout, i).domain;
  };
  /** Groups on a sensitive chain are sensitive themselves; no walk needed for their pills. */
  const chainGroupRef = (group: number): EntityRef => {
    const record = groupRecord(layout, group);
    return {
      id: world.idOf(codeOf(GROUP, group)),
      kind: 'Group',
      name: record.name,
      domain: layout.domains[record.domain]?.dns ?? '',
      tags: ['Sensitive'],
    };
  };
  const ownReasons = (code: number) => {
    if (kindCode(code) !== GROUP) return sensitiveReasons(layout, graph, code, chainGroupRef);
    const group = indexOf(code);
    let found = groupReasons.get(group);
    if (!found) {
      found = sensitiveReasons(layout, graph, code, chainGroupRef);
      groupReasons.set(group, found);
    }
    return found;
  };
  const overlay = overlayReader(scenario, tenantId, graph, (id) => world.codeOfId(id));
  const groupName = (group: number) => groupRecord(layout, group).name;
  /** The directory's own reasons, then the Entity tags page's (catalog §6.8). */
  const reasons = (code: number) => {
    const own = ownReasons(code);
    const tags = overlay();
    if (!tags) return own;
    const tagged = taggedReasons(tags, graph, code, own, chainGroupRef, groupName);
    return tagged.length ? [...own, ...tagged] : own;
  };

  const world: DirectoryWorld = {
    scenario,
    tenantId,
    layout,
    graph,
    total: counts[0]! + counts[1]! + counts[2]!,
    idOf: (code) => `${letters[kindCode(code)]}${indexOf(code)}-${layout.tag}`,
    codeOfId(id) {
      const match = pattern.exec(id);
      if (!match) return undefined;
      const kind = letters.indexOf(match[1] as (typeof letters)[number]) as 0 | 1 | 2;
      const index = Number(match[2]);
      if (!Number.isSafeInteger(index) || String(index) !== match[2]) return undefined;
      return index < (counts[kind] ?? 0) ? codeOf(kind, index) : undefined;
    },
    name,
    domainDns: (code) => layout.domains[domainOfCode(code)]?.dns ?? '',
    reasons,
    tags(code, now) {
      const i = indexOf(code);
      const kind = kindCode(code);
      const tags = new Set<EntityTag>();
      if (reasons(code).length) tags.add('Sensitive');
      if (overlay()?.honeytokens.has(code)) tags.add('Honeytoken');
      if (kind === USER) {
        const user = userRecord(layout, i);
        user.adTags.forEach((t) => tags.add(t));
        if (now - user.createdAt < NEW_DAYS * DAY_MS) tags.add('New');
      } else if (kind === COMPUTER) {
        const computer = computerRecord(layout, i);
        computer.adTags.forEach((t) => tags.add(t));
        if (computer.unresolved) tags.add('Unresolved');
        if (computer.createdAt !== null && now - computer.createdAt < NEW_DAYS * DAY_MS)
          tags.add('New');
      }
      return tagOrder.filter((t) => tags.has(t));
    },
    ref(code, now) {
      const kind = kindCode(code);
      const ref: EntityRef = {
        id: world.idOf(code),
        kind: kinds[kind] ?? 'User',
        name: name(code),
        domain: world.domainDns(code),
        tags: world.tags(code, now),
      };
      if (kind === COMPUTER) ref.computerRole = computerRoleOf(layout, indexOf(code));
      return ref;
    },
    taggedSensitiveUsers: () => overlay()?.users() ?? [],
    tagRevision: () => overlay(),
  };
  return world;
}
