import { emailSchema } from '@/api/contracts/config';

export interface ParsedAddresses {
  /** Valid addresses not already in the list, in the order typed. */
  added: string[];
  /** Entries that aren't email addresses, as typed. */
  invalid: string[];
  /** Valid addresses that were already in the list (or repeated in the input). */
  duplicates: string[];
}

/**
 * Parses what was typed or pasted into a recipient field: one address, or many separated by
 * commas, semicolons, spaces or new lines. Validates each, and drops duplicates (case-insensitive).
 */
export function parseAddresses(input: string, existing: readonly string[]): ParsedAddresses {
  const seen = new Set(existing.map((a) => a.toLowerCase()));
  const result: ParsedAddresses = { added: [], invalid: [], duplicates: [] };
  for (const raw of input.split(/[\s,;]+/)) {
    const entry = raw.trim().replace(/^<|>$/g, '');
    if (!entry) continue;
    if (!emailSchema.safeParse(entry).success) {
      result.invalid.push(entry);
      continue;
    }
    const key = entry.toLowerCase();
    if (seen.has(key)) {
      result.duplicates.push(entry);
      continue;
    }
    seen.add(key);
    result.added.push(entry);
  }
  return result;
}

export interface AddOutcome extends ParsedAddresses {
  /** Valid new addresses that didn't fit under the list's limit. */
  overflow: string[];
}

/** Takes what fits under `max` (if given) from a parse; the rest is reported as `overflow`. */
export function fitToLimit(
  parsed: ParsedAddresses,
  currentCount: number,
  max?: number,
): AddOutcome {
  if (max === undefined) return { ...parsed, overflow: [] };
  const room = Math.max(0, max - currentCount);
  return { ...parsed, added: parsed.added.slice(0, room), overflow: parsed.added.slice(room) };
}

export interface AddMessage {
  text: string;
  state: 'error' | 'warning' | 'success';
}

const quoted = (list: readonly string[]) => list.map((a) => `“${a}”`).join(', ');

/** What to tell the user after Add: bad entries first, then what was added, then duplicates. */
export function describeAddOutcome(outcome: AddOutcome, max?: number): AddMessage | null {
  const { added, invalid, duplicates, overflow } = outcome;
  const parts: string[] = [];
  if (invalid.length === 1) parts.push(`${quoted(invalid)} isn’t a valid email address.`);
  if (invalid.length > 1) parts.push(`${quoted(invalid)} aren’t valid email addresses.`);
  if (overflow.length > 0)
    parts.push(`The list holds at most ${max ?? 0} addresses: ${overflow.length} not added.`);
  const failed = parts.length > 0;
  if (added.length > 0) parts.push(`Added ${added.length}.`);
  if (duplicates.length > 0)
    parts.push(`Already in the list, not added again: ${duplicates.join(', ')}.`);
  if (parts.length === 0) return null;
  return {
    text: parts.join(' '),
    state: failed ? 'error' : duplicates.length > 0 ? 'warning' : 'success',
  };
}
