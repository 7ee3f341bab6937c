import {
  exclusionsSectionSchema,
  type ExclusionsSection,
} from '../../src/api/contracts/configuration-transfer';
import { normalizeExclusionValue } from '../../src/api/contracts/exclusion-values';
import { paths } from '../../src/config/paths';
import {
  addExclusion,
  checkValue,
  entryKey,
  exclusionsSnapshot,
} from '../handlers/exclusion-entries';
import { scenarioEpoch } from '../store/clock';
import type { StoredExclusion } from '../store/state';
import { store } from '../store/store';
import {
  isExpired,
  listedExclusions,
  seedExclusions,
  storedExclusions,
} from '../world/alerts/exclusion-rules';
import { directoryWorld } from '../world/directory/directory-world';
import { defineSection, type SectionContext } from './section';

type Entry = ExclusionsSection['entries'][number];

const worldOf = ({ caller }: SectionContext) =>
  directoryWorld(store.state.scenario, caller.tenant, scenarioEpoch);

/** The entries in force: listed and not expired (an expired entry excludes nothing). */
const activeEntries = (ctx: SectionContext) =>
  listedExclusions(ctx.caller.tenantState).filter((e) => !isExpired(e, ctx.now));

const where = (e: Pick<Entry, 'detectionId'>) =>
  e.detectionId === null ? 'the global list' : `detection ${e.detectionId}’s list`;

/**
 * Exclusions (each detection's list and the global list): every entry in force, built-in vendor
 * domains included while they are in their list (a file without them removes them). Import
 * replaces the lists: values are checked as the page's save checks them (kind offered by the list,
 * well-formed address, subnet or domain, expiry in the future); a user or computer this directory
 * lacks is reported and left out. An entry already in the list keeps who added it, when, its note
 * and its alert; its expiry becomes the file's.
 */
export const exclusionsSection = defineSection({
  key: 'exclusions',
  page: 'Exclusions',
  href: paths.configuration.exclusions,
  schema: exclusionsSectionSchema,
  export: (ctx) => ({
    entries: activeEntries(ctx).map((e): Entry => ({
      detectionId: e.detectionId,
      kind: e.kind,
      value: e.value,
      note: e.note ?? null,
      expiresAt: e.expiresAt == null ? null : new Date(e.expiresAt).toISOString(),
    })),
  }),
  plan: async (ctx, value) => {
    const world = worldOf(ctx);
    const errors: Record<string, string[]> = {};
    const warnings: string[] = [];
    const wanted: {
      entry: Entry;
      value: string;
      entityId: string | null;
      expiresAt: number | null;
    }[] = [];
    const seen = new Set<string>();
    for (const [n, entry] of value.entries.entries()) {
      const expiresAt = entry.expiresAt ? Date.parse(entry.expiresAt) : null;
      if (expiresAt !== null && expiresAt <= ctx.now)
        errors[`entries.${n}.expiresAt`] = ['Choose an expiry in the future'];
      const checked = await checkValue(world, entry.detectionId, entry.kind, entry.value);
      if ('error' in checked) {
        const missing =
          checked.field === 'value' &&
          (entry.kind === 'Computer' || entry.kind === 'User') &&
          !('error' in normalizeExclusionValue(entry.kind, entry.value));
        if (missing)
          warnings.push(`${entry.value}: ${checked.error} — not added to ${where(entry)}.`);
        else errors[`entries.${n}.${checked.field}`] = [checked.error];
        continue;
      }
      const key = entryKey({ ...entry, value: checked.value });
      if (seen.has(key)) continue;
      seen.add(key);
      wanted.push({ entry, value: checked.value, entityId: checked.entityId, expiresAt });
    }
    if (Object.keys(errors).length > 0) return { errors };

    const tenant = ctx.caller.tenantState;
    const current = listedExclusions(tenant);
    const live = new Map(activeEntries(ctx).map((e) => [entryKey(e), e.id]));
    const keptIds = new Set<string>();
    const after: StoredExclusion[] = wanted.map((w) => {
      const id = live.get(entryKey({ ...w.entry, value: w.value }));
      if (id) keptIds.add(id);
      return {
        ...w.entry,
        id: id ?? '',
        value: w.value,
        entityId: w.entityId,
        expiresAt: w.expiresAt,
        addedAt: ctx.now,
        addedBy: ctx.caller.user.displayName,
        fromAlertId: null,
      };
    });
    return {
      resources: [
        {
          target: 'Exclusions',
          before: exclusionsSnapshot(current),
          after: exclusionsSnapshot(after),
        },
      ],
      warnings,
      apply: () => {
        const { now, caller } = ctx;
        const by = caller.user.displayName;
        seedExclusions(tenant);
        const stored = new Map(storedExclusions(tenant).map((e) => [e.id, e]));
        for (const e of current) {
          if (keptIds.has(e.id)) continue;
          const entry = stored.get(e.id)!;
          entry.removedAt = now;
          entry.removedBy = by;
        }
        wanted.forEach((w, k) => {
          const id = after[k]!.id;
          if (id) {
            stored.get(id)!.expiresAt = w.expiresAt;
            return;
          }
          addExclusion(
            tenant,
            {
              ...w.entry,
              value: w.value,
              entityId: w.entityId,
              note: w.entry.note?.trim() || null,
              expiresAt: w.expiresAt,
              fromAlertId: null,
            },
            by,
            now,
          );
        });
        const meta = tenant.exclusionsMeta!;
        meta.revision += 1;
        meta.updatedAt = new Date(now).toISOString();
        meta.updatedBy = by;
        meta.updatedById = caller.user.id;
      },
    };
  },
});
