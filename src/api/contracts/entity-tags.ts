import * as z from 'zod/mini';
import { versioned } from './config';
import { entityRefSchema, type EntityKind } from './entities';
import { isoDateTime } from './vocabulary';

/**
 * Configuration → Detection → Entity tags (catalog §6.8): honeytoken users and devices, accounts,
 * groups and Exchange servers tagged sensitive by hand. The built-in sensitive groups are listed
 * beside them, read-only.
 */

/** Most entities one section holds (a paste or an import can't grow a section past it). */
export const ENTITY_TAG_SECTION_LIMIT = 1_000;

export const entityTagSectionSchema = z.enum([
  'honeytokens',
  'sensitiveAccounts',
  'sensitiveGroups',
  'exchangeServers',
]);
export type EntityTagSection = z.infer<typeof entityTagSectionSchema>;

/** What each section is called on the page, and which kinds of entity it takes. */
export const entityTagSections: Record<
  EntityTagSection,
  /** `noun`: what the count caption counts ("1 account", "2 groups"). */
  { title: string; kinds: readonly EntityKind[]; noun: string }
> = {
  honeytokens: { title: 'Honeytoken', kinds: ['User', 'Computer'], noun: 'account' },
  sensitiveAccounts: { title: 'Sensitive accounts', kinds: ['User', 'Computer'], noun: 'account' },
  sensitiveGroups: { title: 'Sensitive groups', kinds: ['Group'], noun: 'group' },
  exchangeServers: { title: 'Exchange servers', kinds: ['Computer'], noun: 'server' },
};

const entityIds = z
  .array(z.string().check(z.minLength(1, 'Pick an entity')))
  .check(
    z.maxLength(
      ENTITY_TAG_SECTION_LIMIT,
      `A section holds at most ${ENTITY_TAG_SECTION_LIMIT.toLocaleString('en-US')} entities`,
    ),
  );

/** PUT body: the entity ids of each section (the service records who tagged each, and when). */
export const entityTagsInputSchema = z.object({
  honeytokens: entityIds,
  sensitiveAccounts: entityIds,
  sensitiveGroups: entityIds,
  exchangeServers: entityIds,
});
export type EntityTagsInput = z.infer<typeof entityTagsInputSchema>;

/** One tagged entity: enough to draw its link, and who tagged it when. */
export const taggedEntitySchema = z.object({
  ...z.pick(entityRefSchema, { id: true, kind: true, name: true, domain: true, computerRole: true })
    .shape,
  taggedBy: z.string(),
  taggedAt: isoDateTime,
});
export type TaggedEntity = z.infer<typeof taggedEntitySchema>;

/** The page's form: entities added but not saved yet have no tagger. */
const formEntrySchema = z.partial(taggedEntitySchema, { taggedBy: true, taggedAt: true });
export type EntityTagFormEntry = z.infer<typeof formEntrySchema>;
export const entityTagsFormSchema = z.object({
  honeytokens: z.array(formEntrySchema),
  sensitiveAccounts: z.array(formEntrySchema),
  sensitiveGroups: z.array(formEntrySchema),
  exchangeServers: z.array(formEntrySchema),
});
export type EntityTagsForm = z.infer<typeof entityTagsFormSchema>;

export const entityTagsSchema = z.object({
  honeytokens: z.array(taggedEntitySchema),
  sensitiveAccounts: z.array(taggedEntitySchema),
  sensitiveGroups: z.array(taggedEntitySchema),
  exchangeServers: z.array(taggedEntitySchema),
});
export type EntityTags = z.infer<typeof entityTagsSchema>;

export const entityTagsResponseSchema = versioned(entityTagsSchema);
export type EntityTagsResponse = z.infer<typeof entityTagsResponseSchema>;

/** A built-in sensitive group (catalog §6.8) and how many members, nested included, it makes sensitive. */
export const builtInSensitiveGroupSchema = z.object({
  group: entityRefSchema,
  sensitiveMembers: z.number().check(z.int(), z.nonnegative()),
});
export const builtInSensitiveGroupListSchema = z.object({
  items: z.array(builtInSensitiveGroupSchema),
});
export type BuiltInSensitiveGroup = z.infer<typeof builtInSensitiveGroupSchema>;

/** Pasted lines to resolve for a section: names, SAM names or UPNs / DNS names, one a line. */
export const entityTagResolveInputSchema = z.object({
  section: entityTagSectionSchema,
  lines: z
    .array(z.string())
    .check(
      z.minLength(1, 'Paste at least one name'),
      z.maxLength(
        ENTITY_TAG_SECTION_LIMIT,
        `Paste at most ${ENTITY_TAG_SECTION_LIMIT.toLocaleString('en-US')} lines at a time`,
      ),
    ),
});
export type EntityTagResolveInput = z.infer<typeof entityTagResolveInputSchema>;

/** Each pasted line with the entity it names, or why it names none this section can take. */
export const entityTagResolveResultSchema = z.object({
  items: z.array(
    z.object({
      line: z.string(),
      entity: z.nullable(entityRefSchema),
      /** Null when `entity` was found and fits the section. */
      problem: z.nullable(z.string()),
    }),
  ),
});
export type EntityTagResolveResult = z.infer<typeof entityTagResolveResultSchema>;

/** Demo menu → Simulate honeytoken sign-in: an account signs in from a computer. */
export const honeytokenSignInInputSchema = z.object({
  accountId: z.string().check(z.minLength(1, 'Choose an account')),
  computerId: z.string().check(z.minLength(1, 'Pick a computer')),
});
export type HoneytokenSignInInput = z.infer<typeof honeytokenSignInInputSchema>;

export const honeytokenSignInResultSchema = z.object({
  /** The Honeytoken activity alert (2014) raised, or null when the account is no honeytoken. */
  alert: z.nullable(z.object({ id: z.string(), title: z.string() })),
  message: z.string(),
});
export type HoneytokenSignInResult = z.infer<typeof honeytokenSignInResultSchema>;
