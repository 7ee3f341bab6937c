import { entityTagsSectionSchema } from '../../src/api/contracts/configuration-transfer';
import {
  entityTagSectionSchema,
  type EntityTags,
  type TaggedEntity,
} from '../../src/api/contracts/entity-tags';
import { paths } from '../../src/config/paths';
import { entityContext } from '../handlers/entity-context';
import { ENTITY_TAGS } from '../handlers/entity-tags';
import type { StoredConfig } from '../store/state';
import { indexOf, kindCode, USER } from '../world/directory/codes';
import type { DirectoryWorld } from '../world/directory/directory-world';
import { userIdentity } from '../world/directory/users';
import { resolveLines } from '../world/entity-tags/resolve';
import { defineSection, type SectionContext } from './section';
import { writeConfig } from './write-config';

const sections = entityTagSectionSchema.options;
const empty = (): EntityTags => ({
  honeytokens: [],
  sensitiveAccounts: [],
  sensitiveGroups: [],
  exchangeServers: [],
});

function entryOf({ caller }: SectionContext): StoredConfig {
  return (caller.tenantState.config[ENTITY_TAGS] ??= {
    value: empty(),
    revision: 0,
    updatedAt: null,
    updatedBy: null,
    updatedById: null,
  });
}

/** How a tagged entity travels: users by UPN, computers by DNS name, groups by name. */
function portableName(world: DirectoryWorld, e: TaggedEntity): string {
  if (e.kind === 'Computer') return `${e.name.toLowerCase()}.${e.domain}`;
  const code = world.codeOfId(e.id);
  if (e.kind === 'User' && code !== undefined && kindCode(code) === USER)
    return userIdentity(world.layout, indexOf(code)).upn;
  return e.name;
}

/** What the audit log and the diff show of the tags: each section as the names the page lists. */
const snapshot = (tags: EntityTags) =>
  Object.fromEntries(
    sections.map((s) => [s, tags[s].map((e) => (e.domain ? `${e.name} (${e.domain})` : e.name))]),
  );

/**
 * Entity tags (honeytokens, sensitive accounts and groups, Exchange servers) by name: each name
 * must resolve to exactly one entity of this directory that its section takes; the others are
 * reported and left out. Entities already tagged keep who tagged them and when.
 */
export const entityTagsSection = defineSection({
  key: 'entityTags',
  page: 'Entity tags',
  href: paths.configuration.entityTags,
  schema: entityTagsSectionSchema,
  export: (ctx) => {
    const { world } = entityContext(ctx.caller);
    const tags = entryOf(ctx).value as EntityTags;
    return Object.fromEntries(
      sections.map((s) => [s, tags[s].map((e) => portableName(world, e))]),
    ) as Record<(typeof sections)[number], string[]>;
  },
  plan: async (ctx, value) => {
    const { world } = entityContext(ctx.caller);
    const entry = entryOf(ctx);
    const current = entry.value as EntityTags;
    const next = empty();
    const warnings: string[] = [];
    for (const section of sections) {
      const before = new Map(current[section].map((e) => [e.id, e]));
      const resolved = await resolveLines(world, section, value[section], ctx.now);
      for (const item of resolved.items) {
        if (!item.entity) {
          warnings.push(`${item.line}: ${item.problem ?? 'not found'} — not tagged.`);
          continue;
        }
        if (next[section].some((e) => e.id === item.entity!.id)) continue;
        const kept = before.get(item.entity.id);
        const { id, kind, name, domain, computerRole } = item.entity;
        next[section].push({
          id,
          kind,
          name,
          domain,
          ...(computerRole && { computerRole }),
          taggedBy: kept?.taggedBy ?? ctx.caller.user.displayName,
          taggedAt: kept?.taggedAt ?? new Date(ctx.now).toISOString(),
        });
      }
    }
    return {
      resources: [{ target: 'Entity tags', before: snapshot(current), after: snapshot(next) }],
      warnings,
      apply: () => writeConfig(entry, next, ctx),
    };
  },
});
