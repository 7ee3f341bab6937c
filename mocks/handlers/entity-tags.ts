import { HttpResponse } from 'msw';
import {
  builtInSensitiveGroupListSchema,
  entityTagResolveInputSchema,
  entityTagResolveResultSchema,
  entityTagSections,
  entityTagSectionSchema,
  entityTagsInputSchema,
  entityTagsResponseSchema,
  type EntityTags,
  type EntityTagsInput,
  type EntityTagsResponse,
  type TaggedEntity,
} from '../../src/api/contracts/entity-tags';
import { endpoints } from '../../src/api/endpoints';
import type { StoredConfig } from '../store/state';
import { store } from '../store/store';
import { kindCode, kinds } from '../world/directory/codes';
import { setEntityTagSource } from '../world/directory/tag-overlay';
import { builtInSensitiveGroups } from '../world/entity-tags/built-in-groups';
import { resolveLines } from '../world/entity-tags/resolve';
import { apiRoute, checkIfMatch, type Caller } from './api-route';
import { etagOf } from './config-resource';
import { entityContext } from './entity-context';
import { fieldErrors, problem } from './problem';

/** Where the tags are kept: the tenant's versioned configuration, like every settings page. */
export const ENTITY_TAGS = 'entity-tags';
const PAGE = 'Entity tags';
const sections = entityTagSectionSchema.options;

const empty = (): EntityTags => ({
  honeytokens: [],
  sensitiveAccounts: [],
  sensitiveGroups: [],
  exchangeServers: [],
});

// The directory world reads the tags of the tenant it belongs to, in the scenario being served.
setEntityTagSource((scenario, tenantId) =>
  store.state.scenario === scenario
    ? (store.state.tenants[tenantId]?.config[ENTITY_TAGS]?.value as EntityTags | undefined)
    : undefined,
);

function entry(caller: Caller): StoredConfig {
  return (caller.tenantState.config[ENTITY_TAGS] ??= {
    value: empty(),
    revision: 0,
    updatedAt: null,
    updatedBy: null,
    updatedById: null,
  });
}

function respond(config: StoredConfig) {
  const body: EntityTagsResponse = {
    value: config.value as EntityTags,
    etag: etagOf(config),
    updatedAt: config.updatedAt,
    updatedBy: config.updatedBy,
  };
  return HttpResponse.json(body, { headers: { ETag: body.etag } });
}

/** The audit log's before/after: each section as the names the page lists. */
function snapshot(caller: Caller) {
  const tags = entry(caller).value as EntityTags;
  const label = (e: TaggedEntity) => (e.domain ? `${e.name} (${e.domain})` : e.name);
  return Object.fromEntries(sections.map((s) => [s, tags[s].map(label)]));
}

/**
 * The new tags from the ids sent: each id must name an entity of the caller's directory of a
 * kind its section takes; entries already tagged keep who tagged them and when.
 */
function apply(caller: Caller, input: EntityTagsInput, now: number): EntityTags | Response {
  const { world } = entityContext(caller);
  const current = entry(caller).value as EntityTags;
  const issues: { path: PropertyKey[]; message: string }[] = [];
  const next = empty();
  for (const section of sections) {
    const before = new Map(current[section].map((e) => [e.id, e]));
    const { kinds: allowed, title } = entityTagSections[section];
    const seen = new Set<string>();
    input[section].forEach((id, i) => {
      if (seen.has(id)) return;
      seen.add(id);
      const code = world.codeOfId(id);
      if (code === undefined) {
        issues.push({ path: [section, i], message: 'No such entity in this directory' });
        return;
      }
      const kind = kinds[kindCode(code)] ?? 'User';
      if (!allowed.includes(kind)) {
        issues.push({
          path: [section, i],
          message: `${world.name(code)} is a ${kind.toLowerCase()}; ${title} takes ${allowed.map((k) => `${k.toLowerCase()}s`).join(' and ')}`,
        });
        return;
      }
      const kept = before.get(id);
      const ref = world.ref(code, now);
      next[section].push({
        id,
        kind: ref.kind,
        name: ref.name,
        domain: ref.domain,
        ...(ref.computerRole && { computerRole: ref.computerRole }),
        taggedBy: kept?.taggedBy ?? caller.user.displayName,
        taggedAt: kept?.taggedAt ?? new Date(now).toISOString(),
      });
    });
  }
  if (issues.length)
    return problem(400, 'Some entities can’t be tagged', {
      code: 'validation',
      errors: fieldErrors(issues),
    });
  return next;
}

export const entityTagHandlers = [
  apiRoute(
    'get',
    endpoints.config(ENTITY_TAGS),
    {
      summary: 'Read the Entity tags settings',
      response: { schema: entityTagsResponseSchema, etag: true },
    },
    ({ caller }) => respond(entry(caller)),
  ),
  apiRoute(
    'put',
    endpoints.config(ENTITY_TAGS),
    {
      summary:
        'Change the Entity tags settings: honeytokens, sensitive accounts, groups and Exchange servers',
      permission: 'config.entityTags',
      body: entityTagsInputSchema,
      response: { schema: entityTagsResponseSchema, etag: true },
      ifMatch: 'required',
      errors: { 400: 'An id names no entity of the directory, or one the section doesn’t take' },
      audit: { page: PAGE, target: () => PAGE, snapshot: ({ caller }) => snapshot(caller) },
    },
    ({ caller, body, request, now }) => {
      const config = entry(caller);
      const conflict = checkIfMatch(request, etagOf(config), {
        updatedAt: config.updatedAt,
        updatedBy: config.updatedBy,
        updatedById: config.updatedById ?? null,
      });
      if (conflict) return conflict;
      const next = apply(caller, body, now);
      if (next instanceof Response) return next;
      config.value = next;
      config.revision += 1;
      config.updatedAt = new Date(now).toISOString();
      config.updatedBy = caller.user.displayName;
      config.updatedById = caller.user.id;
      return respond(config);
    },
  ),
  apiRoute(
    'get',
    endpoints.entityTagsBuiltInGroups,
    {
      summary:
        'The built-in sensitive groups of every domain and how many members (nested included) each makes sensitive',
      response: builtInSensitiveGroupListSchema,
    },
    async ({ caller, now }) =>
      HttpResponse.json({
        items: await builtInSensitiveGroups(entityContext(caller).world, now),
      }),
  ),
  apiRoute(
    'post',
    endpoints.entityTagsResolve,
    {
      summary:
        'Pasted lines (names, SAM names, UPNs or DNS names) resolved to the entities a section of Entity tags takes',
      permission: 'config.entityTags',
      body: entityTagResolveInputSchema,
      response: entityTagResolveResultSchema,
    },
    async ({ caller, body, now }) =>
      HttpResponse.json(
        await resolveLines(entityContext(caller).world, body.section, body.lines, now),
      ),
  ),
];
