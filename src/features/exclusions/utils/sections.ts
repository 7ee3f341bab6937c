import type { Exclusion, ExclusionKind } from '@/api/contracts/alerts';
import {
  excludableDetections,
  globalExclusionKinds,
  type ExclusionChanges,
  type ExclusionDraft,
} from '@/api/contracts/exclusions';

/** One list on the page: the global list, or one detection's. */
export interface Section {
  /** "global", or the detection ID. */
  key: string;
  detectionId: string | null;
  title: string;
  preview: boolean;
  kinds: readonly ExclusionKind[];
  hint: string | null;
}

export const globalSection: Section = {
  key: 'global',
  detectionId: null,
  title: 'Global exclusions',
  preview: false,
  kinds: globalExclusionKinds,
  hint: 'Applies to every detection that can exclude the entry’s kind.',
};

export const sections: readonly Section[] = [
  globalSection,
  ...excludableDetections.map((d) => ({
    key: d.id,
    detectionId: d.id,
    title: d.name,
    preview: d.preview,
    kinds: d.exclusionKinds,
    hint:
      d.id === '2031'
        ? 'You may want to exclude domains which are owned by legitimate vendors.'
        : null,
  })),
];

/** A row of a list as the page shows it: a saved entry (maybe marked for removal) or a new one. */
export type Row =
  | { state: 'saved'; entry: Exclusion; removed: boolean; expiresAt: string | null }
  | { state: 'new'; draft: ExclusionDraft; index: number };

const sectionKey = (detectionId: string | null) => detectionId ?? 'global';

/** Every section's rows: saved entries with the pending changes, then the entries to add. */
export function rowsBySection(
  items: readonly Exclusion[],
  changes: ExclusionChanges,
): Map<string, Row[]> {
  const removed = new Set(changes.remove);
  const expiry = new Map(changes.expiry.map((c) => [c.id, c.expiresAt]));
  const out = new Map<string, Row[]>();
  const push = (key: string, row: Row) => {
    const rows = out.get(key) ?? [];
    rows.push(row);
    out.set(key, rows);
  };
  for (const entry of items) {
    push(sectionKey(entry.detectionId), {
      state: 'saved',
      entry,
      removed: removed.has(entry.id),
      expiresAt: expiry.has(entry.id) ? expiry.get(entry.id)! : (entry.expiresAt ?? null),
    });
  }
  changes.add.forEach((draft, index) =>
    push(sectionKey(draft.detectionId), { state: 'new', draft, index }),
  );
  return out;
}

/** "3 Domains", "1 Computer", "2 entries" — the count caption of a section. */
export function countCaption(rows: readonly Row[]): string {
  const live = rows.filter((r) => r.state === 'new' || !r.removed);
  const kinds = new Set(live.map((r) => (r.state === 'new' ? r.draft.kind : r.entry.kind)));
  const n = live.length;
  if (n === 0) return 'none';
  if (kinds.size === 1) {
    const [kind] = [...kinds];
    const word = kind === 'IP address' ? 'IP address' : kind!;
    const plural = kind === 'IP address' ? 'IP addresses' : `${kind}s`;
    return `${n} ${n === 1 ? word : plural}`;
  }
  return `${n} ${n === 1 ? 'entry' : 'entries'}`;
}

/** Sections whose title, detection ID or entries match the search text. */
export function matchingSections(
  all: readonly Section[],
  rows: Map<string, Row[]>,
  search: string,
): Section[] {
  const q = search.trim().toLowerCase();
  if (!q) return [...all];
  return all.filter((s) => {
    if (s.title.toLowerCase().includes(q) || s.key.includes(q)) return true;
    return (rows.get(s.key) ?? []).some((r) =>
      (r.state === 'new' ? r.draft.value : r.entry.value).toLowerCase().includes(q),
    );
  });
}

export const isExpired = (expiresAt: string | null, now: string) =>
  expiresAt !== null && Date.parse(expiresAt) <= Date.parse(now);
