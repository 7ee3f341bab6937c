import type { SectionContext } from './section';

/** The stored shapes read here, structurally: the entity tags and exclusions pages own them. */
interface StoredTags {
  honeytokens?: unknown[];
  sensitiveAccounts?: unknown[];
  sensitiveGroups?: unknown[];
  exchangeServers?: unknown[];
}
interface ExclusionState {
  removedAt?: number;
  builtIn?: boolean;
  expiresAt?: number | null;
}

const tagsOf = ({ caller }: SectionContext): StoredTags =>
  (caller.tenantState.config['entity-tags']?.value as StoredTags | undefined) ?? {};

/**
 * Detection tuning as the move checklist counts it, read from where the Entity tags page
 * (`config['entity-tags']`) and the exclusion lists (`tenantState.exclusions`, also filled by Close
 * and exclude) keep it. A page that stores them elsewhere changes its line here.
 */
export const tuningFacts: Record<
  'honeytokens' | 'taggedSensitive' | 'exclusions',
  (ctx: SectionContext) => number
> = {
  honeytokens: (ctx) => tagsOf(ctx).honeytokens?.length ?? 0,
  taggedSensitive: (ctx) => {
    const tags = tagsOf(ctx);
    return (
      (tags.sensitiveAccounts?.length ?? 0) +
      (tags.sensitiveGroups?.length ?? 0) +
      (tags.exchangeServers?.length ?? 0)
    );
  },
  /** Entries people added that apply now: not removed, not expired, not a built-in default. */
  exclusions: ({ caller, now }) =>
    (caller.tenantState.exclusions ?? []).filter((entry) => {
      const e = entry as ExclusionState;
      return !e.removedAt && !e.builtIn && (e.expiresAt == null || e.expiresAt > now);
    }).length,
};
