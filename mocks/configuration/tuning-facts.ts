import type { SectionContext } from './section';

/**
 * Detection tuning as the move checklist counts it. Entity tags and exclusions each plug their
 * count in here (one line each); until then honeytokens and sensitive tags read none, and
 * exclusions are those Close and exclude stored.
 */
export const tuningFacts: Record<
  'honeytokens' | 'taggedSensitive' | 'exclusions',
  (ctx: SectionContext) => number
> = {
  honeytokens: () => 0,
  taggedSensitive: () => 0,
  exclusions: ({ caller }) => caller.tenantState.exclusions?.length ?? 0,
};
