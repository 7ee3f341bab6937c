import { detections } from '../../../src/api/contracts/detections';
import { defaultExclusions } from '../../../src/api/contracts/exclusions';
import {
  domainMatches,
  ipInRange,
  parseIpRange,
} from '../../../src/api/contracts/exclusion-values';
import { scenarioEpoch } from '../../store/clock';
import type { StoredExclusion, TenantState } from '../../store/state';
import { stableId } from '../hash';
import type { DirectoryWorld } from '../directory/directory-world';
import { entitiesOf, type AlertSpec } from './spec';

/**
 * How exclusions apply to alerts (catalog §3.3, §6.9): an entry of a detection's list, or of the
 * global list for every detection whose list offers the entry's kind, keeps alerts on its entity,
 * address, subnet or domain from being raised while it applies: from when it was added until it
 * expires or is removed. Alerts raised before stay as they are.
 */

/** The built-in defaults as entries, added when the scenario starts. */
function builtInExclusions(): StoredExclusion[] {
  return defaultExclusions.map((d) => ({
    id: stableId('exclusion-default', d.detectionId, d.value),
    detectionId: d.detectionId,
    kind: d.kind,
    value: d.value,
    entityId: null,
    addedAt: scenarioEpoch,
    addedBy: 'Built-in',
    fromAlertId: null,
    note: 'Domains owned by legitimate vendors',
    expiresAt: null,
    builtIn: true,
  }));
}

/** Every entry of the tenant, removed ones included (defaults until the lists are first saved). */
export function storedExclusions(tenant: TenantState): StoredExclusion[] {
  const stored = tenant.exclusions ?? [];
  return tenant.exclusionsMeta?.seeded ? stored : [...builtInExclusions(), ...stored];
}

/** Copies the defaults into the store, once, before the lists are changed. */
export function seedExclusions(tenant: TenantState): StoredExclusion[] {
  const meta = (tenant.exclusionsMeta ??= {
    seeded: false,
    revision: 0,
    updatedAt: null,
    updatedBy: null,
    updatedById: null,
  });
  if (!meta.seeded) {
    tenant.exclusions = [...builtInExclusions(), ...(tenant.exclusions ?? [])];
    meta.seeded = true;
  }
  return (tenant.exclusions ??= []);
}

/** The entries the lists show: not removed (expired ones included, marked). */
export const listedExclusions = (tenant: TenantState) =>
  storedExclusions(tenant).filter((e) => e.removedAt === undefined);

/** Whether the entry applies to an alert that starts at `start` (ms). */
export function appliesAt(e: StoredExclusion, start: number): boolean {
  if (!(e.addedAt < start)) return false;
  if (e.expiresAt != null && start >= e.expiresAt) return false;
  return e.removedAt === undefined || start < e.removedAt;
}

export const isExpired = (e: StoredExclusion, now: number) =>
  e.expiresAt != null && e.expiresAt <= now;

/** The detection indexes (catalog order) an entry is for: its own, or every one using its kind. */
export function detectionsOf(e: Pick<StoredExclusion, 'detectionId' | 'kind'>): number[] {
  const out: number[] = [];
  detections.forEach((d, i) => {
    const mine = e.detectionId === null ? true : d.id === e.detectionId;
    if (mine && d.exclusionKinds.includes(e.kind)) out.push(i);
  });
  return out;
}

/** Entries grouped by the detection (index) they apply to; global entries under each of theirs. */
export function exclusionsByDetection(list: readonly StoredExclusion[]) {
  const out = new Map<number, StoredExclusion[]>();
  for (const e of list) {
    for (const d of detectionsOf(e)) {
      const of = out.get(d) ?? [];
      of.push(e);
      out.set(d, of);
    }
  }
  return out;
}

/** A test of whether an entry names something the alert involves (parsed once per entry). */
export function exclusionMatcher(
  e: Pick<StoredExclusion, 'kind' | 'value' | 'entityId'>,
  directory: DirectoryWorld,
): (spec: AlertSpec) => boolean {
  if (e.kind === 'IP address') {
    const range = parseIpRange(e.value);
    return range ? (spec) => ipInRange(range, spec.ip) : () => false;
  }
  if (e.kind === 'Domain')
    return (spec) => spec.domain !== null && domainMatches(e.value, spec.domain);
  const code = e.entityId ? directory.codeOfId(e.entityId) : undefined;
  return code === undefined ? () => false : (spec) => entitiesOf(spec).includes(code);
}
