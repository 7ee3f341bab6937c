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
