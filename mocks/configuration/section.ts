import type * as z from 'zod/mini';
import type { Caller } from '../handlers/api-route';

/** What a section works with: who asks, and the simulated now (ms). */
export interface SectionContext {
  caller: Caller;
  now: number;
}

/**
 * One resource a section would change, as the audit log will show it: `before` and `after` are
 * snapshots in the page's words (compared field by field; labels from `audit-labels.ts`).
 */
export interface SectionResource {
  target: string;
  before: unknown;
  after: unknown;
}

/** What importing a section would do; nothing changes until `apply()` is called. */
export interface SectionPlan {
  resources: SectionResource[];
  /** What is not carried over as written (a sensor this instance lacks, a secret to enter). */
  warnings: string[];
  apply: () => void;
}

/** Field errors of a section, by path inside the section ("accounts.0.domain"). */
export interface SectionRefusal {
  errors: Record<string, string[]>;
}

/**
 * One page of the configuration in the export/import document. Register a section by adding it to
 * `configurationSections` (`mocks/configuration/sections.ts`).
 */
export interface ConfigurationSection<T> {
  /** Key in the document's `sections` (camelCase, stable: files depend on it). */
  key: string;
  /** The page, as the configuration menu and the audit log call it (audit labels are looked up by it). */
  page: string;
  /** The page's portal path. */
  href: string;
  /** The section's shape in the document. */
  schema: z.ZodMiniType<T>;
  export: (ctx: SectionContext) => T;
  /**
   * Validates the section against this instance and says what importing it would change (may be
   * async: resolving names through the directory's search index yields to the page).
   */
  plan: (
    ctx: SectionContext,
    value: T,
  ) => SectionPlan | SectionRefusal | Promise<SectionPlan | SectionRefusal>;
}

/** Erases the section's type so sections of different shapes share one list. */
export function defineSection<T>(section: ConfigurationSection<T>): ConfigurationSection<unknown> {
  return section as unknown as ConfigurationSection<unknown>;
}

export const refuse = (path: string, message: string): SectionRefusal => ({
  errors: { [path]: [message] },
});

export const isRefusal = (plan: SectionPlan | SectionRefusal): plan is SectionRefusal =>
  'errors' in plan;
