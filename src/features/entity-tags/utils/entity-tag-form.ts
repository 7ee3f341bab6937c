import {
  entityTagSectionSchema,
  type EntityTagFormEntry,
  type EntityTags,
  type EntityTagsForm,
  type EntityTagsInput,
} from '@/api/contracts/entity-tags';

export const sections = entityTagSectionSchema.options;

export const entityTagsToValues = (tags: EntityTags): EntityTagsForm => ({
  honeytokens: tags.honeytokens,
  sensitiveAccounts: tags.sensitiveAccounts,
  sensitiveGroups: tags.sensitiveGroups,
  exchangeServers: tags.exchangeServers,
});

export const entityTagsToInput = (values: EntityTagsForm): EntityTagsInput => ({
  honeytokens: values.honeytokens.map((e) => e.id),
  sensitiveAccounts: values.sensitiveAccounts.map((e) => e.id),
  sensitiveGroups: values.sensitiveGroups.map((e) => e.id),
  exchangeServers: values.exchangeServers.map((e) => e.id),
});

/** "1 account", "2 accounts". */
export const countCaption = (n: number, noun: string) =>
  `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;

/** The list with the new entities appended, each once (already listed ones are skipped). */
export function withAdded(list: EntityTagFormEntry[], added: EntityTagFormEntry[]) {
  const ids = new Set(list.map((e) => e.id));
  const next = [...list];
  for (const entry of added) {
    if (ids.has(entry.id)) continue;
    ids.add(entry.id);
    next.push(entry);
  }
  return next;
}

/** Pasted text as lines: trimmed, empty ones dropped, repeats once. */
export function pastedLines(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const key = line.toLowerCase();
    if (!line || seen.has(key)) continue;
    seen.add(key);
    out.push(line);
  }
  return out;
}
