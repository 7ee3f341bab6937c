import type { AuditChange } from '../../src/api/contracts/audit';
import { auditFieldLabel } from '../../src/api/contracts/audit-labels';
import {
  CONFIGURATION_FORMAT,
  CONFIGURATION_SCHEMA_VERSION,
  type ConfigurationDocument,
  type ImportPreview,
  type ImportResult,
} from '../../src/api/contracts/configuration-transfer';
import { diffSnapshots } from '../audit/diff';
import { recordAudit } from '../audit/record';
import { parseRequest, fieldErrors } from '../handlers/problem';
import { store } from '../store/store';
import { hash } from '../world/hash';
import {
  isRefusal,
  type ConfigurationSection,
  type SectionContext,
  type SectionPlan,
} from './section';
import { configurationSections } from './sections';

/** The whole configuration of the caller's instance as one document (no secrets: see each section). */
export function exportConfiguration(
  ctx: SectionContext,
  sections: readonly ConfigurationSection<unknown>[] = configurationSections,
): ConfigurationDocument {
  return {
    format: CONFIGURATION_FORMAT,
    schemaVersion: CONFIGURATION_SCHEMA_VERSION,
    exportedAt: new Date(ctx.now).toISOString(),
    exportedBy: ctx.caller.user.upn,
    instance: ctx.caller.tenantState.instance?.name ?? '',
    sections: Object.fromEntries(sections.map((s) => [s.key, s.export(ctx)])),
  };
}

/** The version of the whole configuration: changes whenever any section's content does. */
export function configurationEtag(
  ctx: SectionContext,
  sections: readonly ConfigurationSection<unknown>[] = configurationSections,
): string {
  const content = JSON.stringify(sections.map((s) => [s.key, s.export(ctx)]));
  return `W/"cfg-${hash(content).toString(36)}"`;
}

interface PlannedSection {
  section: ConfigurationSection<unknown>;
  plan: SectionPlan;
}

export type ImportPlan =
  | { ok: true; planned: PlannedSection[]; untouched: ConfigurationSection<unknown>[] }
  | { ok: false; errors: Record<string, string[]> };

/**
 * Validates every section of the document against its schema and this instance, and plans each
 * change; nothing is changed. Field errors are keyed by their path in the document
 * ("sections.syslog.port"), so the page can point at the line.
 */
export async function planImport(
  ctx: SectionContext,
  document: ConfigurationDocument,
  sections: readonly ConfigurationSection<unknown>[] = configurationSections,
): Promise<ImportPlan> {
  const errors: Record<string, string[]> = {};
  const planned: PlannedSection[] = [];
  const known = new Map(sections.map((s) => [s.key, s]));
  for (const key of Object.keys(document.sections)) {
    if (!known.has(key)) {
      errors[`sections.${key}`] = [
        `Unknown section “${key}”. Sections: ${sections.map((s) => s.key).join(', ')}`,
      ];
    }
  }
  for (const section of sections) {
    if (!(section.key in document.sections)) continue;
    const prefix = `sections.${section.key}`;
    const parsed = parseRequest(section.schema, document.sections[section.key]);
    if (!parsed.success) {
      for (const [path, messages] of Object.entries(fieldErrors(parsed.error.issues))) {
        errors[path === '_' ? prefix : `${prefix}.${path}`] = messages;
      }
      continue;
    }
    const plan = await section.plan(ctx, parsed.data);
    if (isRefusal(plan)) {
      for (const [path, messages] of Object.entries(plan.errors)) {
        errors[path === '_' ? prefix : `${prefix}.${path}`] = messages;
      }
      continue;
    }
    planned.push({ section, plan });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const untouched = sections.filter((s) => !(s.key in document.sections));
  return { ok: true, planned, untouched };
}

/** What goes first: a field the import empties (an entry it removes), then the others in order. */
const removedFirst = <C extends { before: unknown; after: unknown }>(changes: C[]) => [
  ...changes.filter((c) => c.after === null && c.before !== null),
  ...changes.filter((c) => !(c.after === null && c.before !== null)),
];

function changesOf({ section, plan }: PlannedSection): AuditChange[] {
  const several = plan.resources.length > 1;
  return plan.resources.flatMap((r) =>
    removedFirst(diffSnapshots(r.before, r.after)).map((change) => {
      const label = auditFieldLabel(section.page, change.field);
      return { ...change, label: several ? `${r.target}: ${label}` : label };
    }),
  );
}

export function previewOf(
  ctx: SectionContext,
  document: ConfigurationDocument,
  plan: Extract<ImportPlan, { ok: true }>,
  sections: readonly ConfigurationSection<unknown>[] = configurationSections,
): ImportPreview {
  return {
    source: {
      instance: document.instance,
      exportedAt: document.exportedAt,
      exportedBy: document.exportedBy,
    },
    etag: configurationEtag(ctx, sections),
    sections: plan.planned.map((p) => ({
      key: p.section.key,
      page: p.section.page,
      href: p.section.href,
      changes: changesOf(p),
      warnings: p.plan.warnings,
    })),
    untouched: plan.untouched.map((s) => ({ key: s.key, page: s.page })),
  };
}

/**
 * Applies every planned section, or none: if any apply fails, the tenant's state and the
 * directory's groups are put back as they were. One audit entry per changed resource.
 */
export function applyImport(
  ctx: SectionContext,
  document: ConfigurationDocument,
  plan: Extract<ImportPlan, { ok: true }>,
): ImportResult {
  const { caller, now } = ctx;
  const tenantBackup = structuredClone(caller.tenantState);
  const groupsBackup = structuredClone(store.state.directory.groups);
  const changed: ImportResult['changed'] = [];
  try {
    for (const p of plan.planned) {
      const changes = changesOf(p);
      if (changes.length === 0) continue;
      p.plan.apply();
      changed.push({ key: p.section.key, page: p.section.page, changes: changes.length });
    }
  } catch (error) {
    Object.assign(caller.tenantState, tenantBackup);
    store.state.directory.groups.splice(0, store.state.directory.groups.length, ...groupsBackup);
    throw error;
  }
  const at = new Date(now).toISOString();
  const { user } = caller;
  const from = document.instance ? ` (imported from ${document.instance})` : ' (imported)';
  for (const p of plan.planned) {
    for (const r of p.plan.resources) {
      recordAudit(
        caller.tenantState,
        {
          at,
          actor: { id: user.id, displayName: user.displayName, upn: user.upn },
          page: p.section.page,
          target: `${r.target}${from}`,
        },
        r.before,
        r.after,
      );
    }
  }
  return { changed };
}
