import { HttpResponse } from 'msw';
import {
  entityProfileSchema,
  memberOfResultSchema,
  membersResultSchema,
  membershipQuerySchema,
  organizationSchema,
  searchQuerySchema,
  searchResultSchema,
  type Membership,
  type MemberOfResult,
  type MembersResult,
  type Organization,
  type SearchFilter,
  type SearchResult,
} from '../../src/api/contracts/entities';
import { endpointPatterns, endpoints } from '../../src/api/endpoints';
import { codeOf, GROUP, indexOf, kindCode, USER } from '../world/directory/codes';
import { computerRoleOf } from '../world/directory/computers';
import type { DirectoryWorld } from '../world/directory/directory-world';
import { directReports, managerChain } from '../world/directory/organization';
import { entityProfile, searchHit } from '../world/directory/profiles';
import { searchIndexOf } from '../world/directory/search';
import { fold } from '../world/directory/text';
import { memberOfRecursive, membersRecursive, type Reached } from '../world/directory/walks';
import { alertsOf } from './alert-context';
import { apiRoute, type RouteContext } from './api-route';
import { entityContext, entityNotFound } from './entity-context';
import { problem } from './problem';

const view = { permission: 'entities.view' } as const;

/** The search filters an entity counts in, without building its record (runs for every hit). */
function filtersOf(world: DirectoryWorld, code: number): readonly SearchFilter[] {
  const kind = kindCode(code);
  if (kind === USER) return userFilters;
  if (kind === GROUP) return groupFilters;
  const role = computerRoleOf(world.layout, indexOf(code));
  return role === 'Domain controller'
    ? dcFilters
    : role === 'Server'
      ? serverFilters
      : computerFilters;
}
const userFilters: readonly SearchFilter[] = ['Users'];
const groupFilters: readonly SearchFilter[] = ['Groups'];
const dcFilters: readonly SearchFilter[] = ['Computers', 'Domain controllers'];
const serverFilters: readonly SearchFilter[] = ['Computers', 'Servers'];
const computerFilters: readonly SearchFilter[] = ['Computers'];

/** The entity a route's :entityId names in the caller's world, or undefined. */
function entityOf(ctx: Pick<RouteContext<unknown, unknown>, 'caller' | 'params'>) {
  const context = entityContext(ctx.caller);
  const code = context.world.codeOfId(String(ctx.params.entityId ?? ''));
  return code === undefined ? undefined : { ...context, code };
}

/** Pages a membership walk, filtered by name. */
function page<T>(
  reached: Reached[],
  world: DirectoryWorld,
  q: string,
  offset: number,
  limit: number,
  map: (r: Reached) => T,
) {
  const wanted = fold(q);
  const matching = wanted
    ? reached.filter((r) => fold(world.name(r.code)).includes(wanted))
    : reached;
  return { total: matching.length, offset, items: matching.slice(offset, offset + limit).map(map) };
}

const byDepthThenName = (world: DirectoryWorld) => {
  const names = new Map<number, string>();
  const nameOf = (code: number) => {
    let n = names.get(code);
    if (n === undefined) names.set(code, (n = fold(world.name(code))));
    return n;
  };
  return (a: Reached, b: Reached) =>
    a.depth - b.depth ||
    (nameOf(a.code) < nameOf(b.code) ? -1 : nameOf(a.code) > nameOf(b.code) ? 1 : a.code - b.code);
};

export const entityHandlers = [
  apiRoute(
    'get',
    endpoints.entitySearch,
    {
      ...view,
      summary:
        'Users, computers and groups whose name, SAM name or UPN/DNS name match, exact first',
      query: searchQuerySchema,
      response: searchResultSchema,
    },
    async ({ caller, query, now }) => {
      const { q, filter, offset, limit } = query;
      const { world, badge } = entityContext(caller);
      const index = await searchIndexOf(world);
      const { codes, length } = index.search(q);
      const counts: Record<SearchFilter, number> = {
        All: length,
        Users: 0,
        Computers: 0,
        Servers: 0,
        'Domain controllers': 0,
        Groups: 0,
      };
      const items: number[] = [];
      let skipped = 0;
      for (let m = 0; m < length; m++) {
        const code = codes[m]!;
        const filters = filtersOf(world, code);
        for (const f of filters) counts[f]++;
        if (filter !== 'All' && !filters.includes(filter)) continue;
        if (skipped < offset) skipped++;
        else if (items.length < limit) items.push(code);
      }
      const body: SearchResult = {
        query: q,
        filter,
        total: counts[filter],
        counts,
        offset,
        items: items.map((code) => searchHit(world, code, now, badge(code))),
      };
      return HttpResponse.json(body);
    },
  ),

  apiRoute(
    'get',
    endpointPatterns.entity,
    {
      ...view,
      summary: 'An entity’s profile: directory data, tags, sensitive reasons and badges',
      response: entityProfileSchema,
      errors: { 404: 'No such entity in the caller’s tenant' },
    },
    async (ctx) => {
      const entity = entityOf(ctx);
      if (!entity) return entityNotFound();
      const { world, code, badge } = entity;
      const open = (await alertsOf(ctx.caller, ctx.now)).counts(code).Open;
      return HttpResponse.json(entityProfile(world, code, ctx.now, badge(code), open));
    },
  ),

  apiRoute(
    'get',
    endpointPatterns.entityMemberOf,
    {
      ...view,
      summary: 'The groups an entity belongs to, directly or through nesting (with depth)',
      query: membershipQuerySchema,
      response: memberOfResultSchema,
      errors: { 404: 'No such entity in the caller’s tenant' },
    },
    (ctx) => {
      const entity = entityOf(ctx);
      if (!entity) return entityNotFound();
      const { scope, q, offset, limit } = ctx.query;
      const { world, code } = entity;
      const direct = world.graph
        .parentsOf(code)
        .map((g): Reached => ({ code: codeOf(GROUP, g), depth: 1, via: null, from: null }));
      const recursive = memberOfRecursive(world.graph, code);
      const chosen = (scope === 'direct' ? direct : recursive).sort(byDepthThenName(world));
      const ref = (c: number) => world.ref(c, ctx.now);
      const body: MemberOfResult = {
        directCount: direct.length,
        recursiveCount: recursive.length,
        ...page(chosen, world, q, offset, limit, (r): Membership => ({
          group: ref(r.code),
          depth: r.depth,
          via: r.via === null ? null : ref(r.via),
        })),
      };
      return HttpResponse.json(body);
    },
  ),

  apiRoute(
    'get',
    endpointPatterns.entityMembers,
    {
      ...view,
      summary: 'A group’s members, direct or nested (with depth)',
      query: membershipQuerySchema,
      response: membersResultSchema,
      errors: { 404: 'No such entity in the caller’s tenant, or it is not a group' },
    },
    (ctx) => {
      const entity = entityOf(ctx);
      if (!entity) return entityNotFound();
      const { world, code } = entity;
      if (kindCode(code) !== GROUP) {
        return problem(404, 'Only groups have members', { code: 'not-a-group' });
      }
      const { scope, q, offset, limit } = ctx.query;
      const group = indexOf(code);
      const direct = world.graph
        .membersOf(group)
        .map((c): Reached => ({ code: c, depth: 1, via: null, from: null }));
      const recursive = membersRecursive(world.graph, group);
      const chosen = (scope === 'direct' ? direct : recursive).sort(byDepthThenName(world));
      const ref = (c: number) => world.ref(c, ctx.now);
      const body: MembersResult = {
        directCount: direct.length,
        recursiveCount: recursive.length,
        ...page(chosen, world, q, offset, limit, (r) => ({
          entity: ref(r.code),
          depth: r.depth,
          via: r.via === null ? null : ref(r.via),
        })),
      };
      return HttpResponse.json(body);
    },
  ),

  apiRoute(
    'get',
    endpointPatterns.entityOrganization,
    {
      ...view,
      summary: 'A user’s manager chain (top first) and direct reports',
      response: organizationSchema,
      errors: { 404: 'No such entity in the caller’s tenant' },
    },
    (ctx) => {
      const entity = entityOf(ctx);
      if (!entity) return entityNotFound();
      const { world, code } = entity;
      const body: Organization = { managers: [], directReports: [], directReportCount: 0 };
      if (kindCode(code) === USER) {
        const user = indexOf(code);
        const ref = (u: number) => world.ref(codeOf(USER, u), ctx.now);
        body.managers = managerChain(world.layout, user).map(ref);
        const reports = directReports(world.layout, user);
        body.directReports = reports.map(ref);
        body.directReportCount = reports.length;
      }
      return HttpResponse.json(body);
    },
  ),
];
