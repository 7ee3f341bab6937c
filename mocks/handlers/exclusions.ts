import { HttpResponse } from 'msw';
import type { AlertSummary } from '../../src/api/contracts/alerts';
import type { Versioned } from '../../src/api/contracts/config';
import {
  exclusionChangesSchema,
  exclusionImpactRequestSchema,
  exclusionImpactSchema,
  exclusionParseRequestSchema,
  exclusionParseResultSchema,
  exclusionsResponseSchema,
  impactAlertsShown,
  impactWindowDays,
  type ExclusionImpact,
  type Exclusions,
} from '../../src/api/contracts/exclusions';
import { endpoints } from '../../src/api/endpoints';
import { scenarioEpoch } from '../store/clock';
import type { TenantState } from '../store/state';
import { store } from '../store/store';
import { alertSummary } from '../world/alerts';
import { countAtMost } from '../world/alerts/alert-world';
import {
  detectionsOf,
  exclusionMatcher,
  listedExclusions,
  seedExclusions,
  storedExclusions,
} from '../world/alerts/exclusion-rules';
import { directoryWorld } from '../world/directory/directory-world';
import { inSlices } from '../world/yield';
import { alertsOf } from './alert-context';
import { apiRoute, checkIfMatch, type Caller } from './api-route';
import { addExclusion, checkValue, exclusionsSnapshot, toExclusion } from './exclusion-entries';
import { parseExclusionText } from './exclusion-parse';
import { problem } from './problem';

const page = 'Exclusions';
const DAY = 86_400_000;

const worldOf = (caller: Caller) =>
  directoryWorld(store.state.scenario, caller.tenant, scenarioEpoch);

/** The version changes with every save of the page and every Close and exclude. */
const etagOf = (tenant: TenantState) =>
  `W/"exclusions-${tenant.exclusionsMeta?.revision ?? 0}-${storedExclusions(tenant).length}"`;

/** The latest change: a save of the page, or an entry added by Close and exclude. */
function lastChange(tenant: TenantState) {
  const meta = tenant.exclusionsMeta;
  let at = meta?.updatedAt ? Date.parse(meta.updatedAt) : -Infinity;
  let by = meta?.updatedBy ?? null;
  let byId = meta?.updatedById ?? null;
  for (const e of storedExclusions(tenant)) {
    if (!e.builtIn && e.addedAt > at) {
      at = e.addedAt;
      by = e.addedBy;
      byId = null;
    }
  }
  return Number.isFinite(at)
    ? { updatedAt: new Date(at).toISOString(), updatedBy: by, updatedById: byId }
    : { updatedAt: null, updatedBy: null, updatedById: null };
}

function respond(caller: Caller, now: number) {
  const tenant = caller.tenantState;
  const world = worldOf(caller);
  const { updatedAt, updatedBy } = lastChange(tenant);
  const body: Versioned<Exclusions> = {
    value: {
      items: listedExclusions(tenant).map((e) => toExclusion(e, world, now)),
      asOf: new Date(now).toISOString(),
    },
    etag: etagOf(tenant),
    updatedAt,
    updatedBy,
  };
  return HttpResponse.json(body, { headers: { ETag: body.etag } });
}

function invalid(errors: Record<string, string[]>) {
  return problem(400, 'Some entries aren’t valid', { code: 'validation', errors });
}

export const exclusionHandlers = [
  apiRoute(
    'get',
    endpoints.exclusions,
    {
      summary:
        'Every exclusion list: each detection’s and the global list, with who added each entry, when, why, and its expiry',
      response: { schema: exclusionsResponseSchema, etag: true },
    },
    ({ caller, now }) => respond(caller, now),
  ),

  apiRoute(
    'patch',
    endpoints.exclusions,
    {
      summary: 'Change the exclusion lists: add entries, remove entries, change expiry dates',
      description:
        'A change set based on the version the page loaded (If-Match). Added values are checked per kind (IPv4/IPv6 addresses and CIDR subnets, domain names, users and computers that exist); an entry already in the list is merged, not added twice.',
      permission: 'config.exclusions',
      body: exclusionChangesSchema,
      response: { schema: exclusionsResponseSchema, etag: true },
      ifMatch: 'required',
      errors: { 400: 'A value, kind or expiry is not valid (field errors `add.<n>.value`, …)' },
      audit: {
        page,
        target: () => page,
        snapshot: ({ caller }) => exclusionsSnapshot(storedExclusions(caller.tenantState)),
      },
    },
    async (ctx) => {
      const { caller, now, body } = ctx;
      const tenant = caller.tenantState;
      const conflict = checkIfMatch(ctx.request, etagOf(tenant), lastChange(tenant));
      if (conflict) return conflict;
      const listed = new Map(listedExclusions(tenant).map((e) => [e.id, e]));
      const errors: Record<string, string[]> = {};
      body.remove.forEach((id, k) => {
        if (!listed.has(id)) errors[`remove.${k}`] = ['This entry is no longer in the list'];
      });
      body.expiry.forEach((change, k) => {
        if (!listed.has(change.id))
          errors[`expiry.${k}.id`] = ['This entry is no longer in the list'];
        else if (change.expiresAt && Date.parse(change.expiresAt) <= now)
          errors[`expiry.${k}.expiresAt`] = ['Choose an expiry in the future'];
      });
      const world = worldOf(caller);
      const checked = await Promise.all(
        body.add.map((draft) => checkValue(world, draft.detectionId, draft.kind, draft.value)),
      );
      checked.forEach((result, k) => {
        if ('error' in result) errors[`add.${k}.${result.field}`] = [result.error];
        const expiresAt = body.add[k]!.expiresAt;
        if (expiresAt && Date.parse(expiresAt) <= now)
          errors[`add.${k}.expiresAt`] = ['Choose an expiry in the future'];
      });
      if (Object.keys(errors).length) return invalid(errors);

      const list = seedExclusions(tenant);
      const by = caller.user.displayName;
      const byId = new Map(list.map((e) => [e.id, e]));
      for (const id of body.remove) {
        const e = byId.get(id)!;
        e.removedAt = now;
        e.removedBy = by;
      }
      for (const change of body.expiry) {
        const e = byId.get(change.id)!;
        if (e.removedAt === undefined)
          e.expiresAt = change.expiresAt ? Date.parse(change.expiresAt) : null;
      }
      body.add.forEach((draft, k) => {
        const result = checked[k]!;
        if ('error' in result) return;
        addExclusion(
          tenant,
          {
            ...draft,
            value: result.value,
            entityId: result.entityId,
            note: draft.note?.trim() || null,
            expiresAt: draft.expiresAt ? Date.parse(draft.expiresAt) : null,
            fromAlertId: null,
          },
          by,
          now,
        );
      });
      const meta = tenant.exclusionsMeta!;
      meta.revision += 1;
      meta.updatedAt = new Date(now).toISOString();
      meta.updatedBy = by;
      meta.updatedById = caller.user.id;
      await store.save();
      return respond(caller, now);
    },
  ),

  apiRoute(
    'post',
    endpoints.exclusionsImpact,
    {
      summary:
        'Impact preview: how many of the last 30 days’ alerts the entries would have excluded, and the newest of them',
      body: exclusionImpactRequestSchema,
      response: exclusionImpactSchema,
    },
    async ({ caller, now, body }) => {
      const alerts = await alertsOf(caller, now);
      const world = worldOf(caller);
      const from = now - impactWindowDays * DAY;
      const { starts } = alerts.index;
      const hit = new Set<number>();
      const perEntry: number[] = [];
      for (const draft of body.add) {
        const result = await checkValue(world, draft.detectionId, draft.kind, draft.value);
        if ('error' in result) {
          perEntry.push(0);
          continue;
        }
        const matches = exclusionMatcher({ ...draft, ...result }, world);
        const until = draft.expiresAt ? Date.parse(draft.expiresAt) : Infinity;
        // The window's alerts of the entry's detections, then the match test a slice at a time
        // (the large scenario has thousands; the backend shares the page's thread).
        const candidates: number[] = [];
        for (const d of detectionsOf(draft)) {
          const of = alerts.index.byDetection.get(d);
          if (!of) continue;
          const first = countAtMost(of.indices, countAtMost(starts, from) - 1);
          for (let k = first; k < of.indices.length; k++) {
            const i = of.indices[k]!;
            if (i >= alerts.visibleEnd) break;
            if (starts[i]! < until) candidates.push(i);
          }
        }
        let n = 0;
        await inSlices(
          candidates.length,
          (k) => {
            const i = candidates[k]!;
            if (alerts.state(i).hidden || !matches(alerts.world.spec(i))) return;
            n++;
            hit.add(i);
          },
          8,
          16,
        );
        perEntry.push(n);
      }
      const newest = [...hit].sort((a, b) => b - a).slice(0, impactAlertsShown);
      const summaries: AlertSummary[] = [];
      await inSlices(newest.length, (k) => summaries.push(alertSummary(alerts, newest[k]!)), 8, 1);
      const result: ExclusionImpact = {
        from: new Date(from).toISOString(),
        to: new Date(now).toISOString(),
        total: hit.size,
        perEntry,
        alerts: summaries,
      };
      return HttpResponse.json(result);
    },
  ),

  apiRoute(
    'post',
    endpoints.exclusionsParse,
    {
      summary:
        'Check pasted lines or an uploaded CSV file for one list: the entries, and each bad line by number and column',
      description:
        'One value per line, or CSV with a header naming the columns `value` (required), `kind`, `expiresAt`, `note` (and `detectionId`, as Export writes it). Lines that repeat an entry of the text or of the list are merged.',
      body: exclusionParseRequestSchema,
      response: exclusionParseResultSchema,
    },
    async ({ caller, now, body }) =>
      HttpResponse.json(await parseExclusionText(worldOf(caller), caller.tenantState, body, now)),
  ),
];
