import type { ExclusionKind } from '../../src/api/contracts/alerts';
import { exclusionKindSchema } from '../../src/api/contracts/alerts';
import { parseCsvLines } from '../../src/api/contracts/exclusion-csv';
import { guessExclusionKind } from '../../src/api/contracts/exclusion-values';
import {
  exclusionKindsOf,
  exclusionNoteMax,
  type ExclusionLineError,
  type ExclusionParseRequest,
  type ExclusionParseResult,
} from '../../src/api/contracts/exclusions';
import type { TenantState } from '../store/state';
import type { DirectoryWorld } from '../world/directory/directory-world';
import { listedExclusions } from '../world/alerts/exclusion-rules';
import { checkValue, entryKey, sameEntry } from './exclusion-entries';

type Column = 'detectionId' | 'kind' | 'value' | 'expiresAt' | 'note';
const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/** An expiry cell: an ISO date (midnight UTC) or date-time; empty for none. */
function parseExpiry(cell: string, now: number): { at: string | null } | { error: string } {
  const text = cell.trim();
  if (!text) return { at: null };
  const ms = Date.parse(dateOnly.test(text) ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(ms)) return { error: `“${text}” isn’t a date: use 2026-12-31` };
  if (ms <= now) return { error: `${text} has passed: choose an expiry in the future` };
  return { at: new Date(ms).toISOString() };
}

/**
 * Reads pasted lines or an uploaded CSV for one list: one value per line, or CSV whose first line
 * names the columns (Export's format reads back). Every bad line is named with its number and the
 * column at fault; repeats (within the text or of the list) are merged.
 */
export async function parseExclusionText(
  world: DirectoryWorld,
  tenant: TenantState,
  { detectionId, text }: ExclusionParseRequest,
  now: number,
): Promise<ExclusionParseResult> {
  const lines = parseCsvLines(text);
  const kinds = exclusionKindsOf(detectionId);
  const first = lines[0]?.cells.map((c) => c.trim());
  const header = first?.includes('value') ? first : null;
  const column = (name: Column) => (header ? header.indexOf(name) : name === 'value' ? 0 : -1);
  const rows = header ? lines.slice(1) : lines;
  const listed = listedExclusions(tenant);
  const seen = new Set<string>();
  const errors: ExclusionLineError[] = [];
  const entries: ExclusionParseResult['entries'] = [];
  let duplicates = 0;
  const cellOf = (cells: string[], name: Column) => {
    const k = column(name);
    return k < 0 ? '' : (cells[k] ?? '').trim();
  };
  for (const { line, cells } of rows) {
    const fail = (field: string, message: string) => errors.push({ line, field, message });
    const value = cellOf(cells, 'value');
    const listId = cellOf(cells, 'detectionId');
    if (listId && listId !== (detectionId ?? 'global')) {
      fail('detectionId', `This line is for the ${listId} list, not this one`);
      continue;
    }
    const kindCell = cellOf(cells, 'kind');
    let kind: ExclusionKind | undefined;
    if (kindCell) {
      const parsed = exclusionKindSchema.safeParse(kindCell);
      if (!parsed.success || !kinds.includes(parsed.data)) {
        fail('kind', `“${kindCell}” isn’t a kind this list takes (${kinds.join(', ')})`);
        continue;
      }
      kind = parsed.data;
    } else kind = guessExclusionKind(kinds, value);
    if (!value) {
      fail('value', 'Enter a value');
      continue;
    }
    if (!kind) {
      fail('kind', 'This list takes no entries');
      continue;
    }
    const checked = await checkValue(world, detectionId, kind, value);
    if ('error' in checked) {
      fail(checked.field, checked.error);
      continue;
    }
    const expiry = parseExpiry(cellOf(cells, 'expiresAt'), now);
    if ('error' in expiry) {
      fail('expiresAt', expiry.error);
      continue;
    }
    const note = cellOf(cells, 'note');
    if (note.length > exclusionNoteMax) {
      fail('note', `A note has at most ${exclusionNoteMax} characters`);
      continue;
    }
    const entry = { detectionId, kind, value: checked.value };
    const key = entryKey(entry);
    if (seen.has(key) || sameEntry(listed, entry, now)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    const code = checked.entityId ? world.codeOfId(checked.entityId) : undefined;
    entries.push({
      ...entry,
      note: note || null,
      expiresAt: expiry.at,
      entity: code === undefined ? null : world.ref(code, now),
    });
  }
  return { entries, errors, duplicates };
}
