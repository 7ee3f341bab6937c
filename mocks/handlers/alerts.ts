import { HttpResponse } from 'msw';
import {
  alertDetailSchema,
  alertPageSchema,
  alertsDeletedSchema,
  alertsDeleteQuerySchema,
  alertsQuerySchema,
  alertStatusChangeSchema,
  exclusionListSchema,
  type AlertPage,
  type AlertSummary,
  type AlertStatus,
  type AlertStatusAction,
  type Exclusion,
} from '../../src/api/contracts/alerts';
import { endpointPatterns, endpoints } from '../../src/api/endpoints';
import { scenarioEpoch } from '../store/clock';
import { announce } from '../store/service-events';
import type { StoredAlertHistory, TenantState } from '../store/state';
import { store } from '../store/store';
import { stableId } from '../world/hash';
import { inSlices } from '../world/yield';
import { alertDetail, alertSummary, alertWorld } from '../world/alerts';
import { countAtMost, detectionIndex } from '../world/alerts/alert-world';
import { exclusionTargetOf } from '../world/alerts/render';
import type { Caller } from './api-route';
import { alertNotFound, alertOf, alertsOf } from './alert-context';
import { apiRoute } from './api-route';
import { problem } from './problem';
import { alertWorkbookHandlers } from './alert-workbook';

const view = { permission: 'entities.view' } as const;
const notFound = { 404: 'No such alert in the caller’s tenant, or it was deleted' };

/** Status transitions the kebab menu offers (catalog §4.2); anything else is refused. */
const transitions: Record<
  AlertStatusAction,
  { from: AlertStatus[]; to: AlertStatus; label: StoredAlertHistory['action'] }
> = {
  Close: { from: ['Open', 'Suppressed'], to: 'Closed', label: 'Closed' },
  Suppress: { from: ['Open'], to: 'Suppressed', label: 'Suppressed' },
  Reopen: { from: ['Closed', 'Suppressed'], to: 'Open', label: 'Reopened' },
  CloseAndExclude: { from: ['Open', 'Suppressed'], to: 'Closed', label: 'Closed and excluded' },
};

function invalid(message: string, code = 'invalid-transition') {
  return problem(400, 'This change isn’t possible', { code, errors: { action: [message] } });
}

function toExclusion(
  e: NonNullable<TenantState['exclusions']>[number],
  caller: Caller,
  now: number,
): Exclusion {
  const world = alertWorld(store.state.scenario, caller.tenant, scenarioEpoch).directory;
  const code = e.entityId ? world.codeOfId(e.entityId) : undefined;
  return {
    id: e.id,
    detectionId: e.detectionId,
    kind: e.kind,
    value: e.value,
    entity: code === undefined ? null : world.ref(code, now),
    addedAt: new Date(e.addedAt).toISOString(),
    addedBy: e.addedBy,
    fromAlertId: e.fromAlertId,
  };
}

export const alertHandlers = [
  apiRoute(
    'get',
    endpoints.alerts,
    {
      ...view,
      summary:
        'Security alerts, newest first, a page at a time (cursor: before), with the filter pane’s counts',
      description:
        '`filter` picks a status or open alerts of one severity; `entityId` limits the list and the counts to one entity; `since` returns only alerts that started after it (polling for new alerts).',
      query: alertsQuerySchema,
      response: alertPageSchema,
      errors: { 404: 'No such entity (`entityId`) in the caller’s tenant' },
    },
    async (ctx) => {
      const alerts = await alertsOf(ctx.caller, ctx.now);
      const { filter, entityId, before, since, limit } = ctx.query;
      let entity: number | undefined;
      if (entityId !== undefined) {
        entity = alerts.world.directory.codeOfId(entityId);
        if (entity === undefined) {
          return problem(404, 'No such entity', { code: 'entity-not-found' });
        }
      }
      let upper = Infinity;
      if (before !== undefined) {
        const i = alerts.world.indexOfId(before);
        if (i === undefined) {
          return problem(400, 'The query is not valid', {
            code: 'validation',
            errors: { before: ['Use the nextBefore of the previous page'] },
          });
        }
        upper = i;
      }
      const page = alerts.list(
        { filter, before: upper, since: since ? Date.parse(since) : -Infinity, limit },
        entity,
      );
      const last = page.items[page.items.length - 1];
      // A page names a few hundred entities; their pills are computed a slice at a time.
      const items: AlertSummary[] = [];
      await inSlices(
        page.items.length,
        (k) => items.push(alertSummary(alerts, page.items[k]!)),
        8,
        1,
      );
      const body: AlertPage = {
        items,
        counts: alerts.counts(entity),
        nextBefore: page.more && last !== undefined ? alerts.world.idOf(last) : null,
        asOf: new Date(ctx.now).toISOString(),
      };
      return HttpResponse.json(body);
    },
  ),

  apiRoute(
    'get',
    endpointPatterns.alert,
    {
      ...view,
      summary: 'One security alert: the alert page',
      response: alertDetailSchema,
      errors: notFound,
    },
    async (ctx) => {
      const found = await alertOf(ctx);
      if (!found) return alertNotFound();
      return HttpResponse.json(alertDetail(found.alerts, found.i));
    },
  ),

  apiRoute(
    'post',
    endpointPatterns.alertStatus,
    {
      summary:
        'Close, suppress, reopen, or close an alert and exclude its entity from the detection',
      permission: 'alerts.changeStatus',
      body: alertStatusChangeSchema,
      response: alertDetailSchema,
      errors: {
        ...notFound,
        400: 'The action isn’t possible from the alert’s status (`code`: `invalid-transition`), or the detection can’t be excluded (`code`: `not-excludable`)',
      },
    },
    async (ctx) => {
      const found = await alertOf(ctx);
      if (!found) return alertNotFound();
      const { alerts, i } = found;
      const { action } = ctx.body;
      const rule = transitions[action];
      const from = alerts.state(i).status;
      if (!rule.from.includes(from)) {
        return invalid(`An alert that is ${from} can’t be changed with ${action}.`);
      }
      const id = alerts.world.idOf(i);
      const spec = alerts.world.spec(i);
      const tenant = ctx.caller.tenantState;
      const by = ctx.caller.user.displayName;
      let note: string | null = null;
      if (action === 'CloseAndExclude') {
        const target = exclusionTargetOf(spec, alerts.world.directory, ctx.now);
        if (!target) return invalid('This detection can’t be excluded.', 'not-excludable');
        note = target.value;
        const exclusions = (tenant.exclusions ??= []);
        const same = exclusions.find(
          (e) =>
            e.detectionId === spec.detection.id &&
            e.kind === target.kind &&
            e.value === target.value,
        );
        if (!same) {
          exclusions.push({
            id: stableId('exclusion', id, ctx.now, exclusions.length),
            detectionId: spec.detection.id,
            kind: target.kind,
            value: target.value,
            entityId: target.entity?.id ?? null,
            addedAt: ctx.now,
            addedBy: by,
            fromAlertId: id,
          });
        }
      }
      const changes = (tenant.alertChanges ??= {});
      const change = (changes[id] ??= { history: [] });
      change.status = rule.to;
      change.statusChangedAt = ctx.now;
      change.history.push({ at: ctx.now, by, action: rule.label, from, to: rule.to, note });
      await store.save();
      announce({
        type: 'alert-updated',
        tenantId: ctx.caller.tenant.id,
        alertId: id,
        at: ctx.now,
        by,
        from,
        to: rule.to,
      });
      const after = await alertsOf(ctx.caller, ctx.now);
      return HttpResponse.json(alertDetail(after, i));
    },
  ),

  apiRoute(
    'delete',
    endpointPatterns.alert,
    {
      summary: 'Delete a security alert (permanent)',
      permission: 'alerts.delete',
      response: { status: 204 },
      errors: notFound,
    },
    async (ctx) => {
      const found = await alertOf(ctx);
      if (!found) return alertNotFound();
      const id = found.alerts.world.idOf(found.i);
      const changes = (ctx.caller.tenantState.alertChanges ??= {});
      const change = (changes[id] ??= { history: [] });
      change.deleted = { at: ctx.now, by: ctx.caller.user.displayName };
      await store.save();
      return new HttpResponse(null, { status: 204 });
    },
  ),

  apiRoute(
    'delete',
    endpoints.alerts,
    {
      summary:
        'Delete every alert of one detection raised so far (“delete all alerts of this type”)',
      permission: 'alerts.delete',
      query: alertsDeleteQuerySchema,
      response: alertsDeletedSchema,
      errors: { 404: 'No such detection (`code`: `detection-not-found`)' },
    },
    async (ctx) => {
      const { detectionId } = ctx.query;
      const d = detectionIndex.get(detectionId);
      if (d === undefined) {
        return problem(404, 'No such detection', { code: 'detection-not-found' });
      }
      const alerts = await alertsOf(ctx.caller, ctx.now);
      const of = alerts.index.byDetection.get(d);
      let deleted = 0;
      if (of) {
        const n = countAtMost(of.indices, alerts.visibleEnd - 1);
        for (let k = 0; k < n; k++) if (!alerts.state(of.indices[k]!).hidden) deleted++;
      }
      const deletes = (ctx.caller.tenantState.alertTypeDeletes ??= {});
      deletes[detectionId] = {
        through: Math.max(ctx.now, deletes[detectionId]?.through ?? -Infinity),
        at: ctx.now,
        by: ctx.caller.user.displayName,
      };
      await store.save();
      return HttpResponse.json({ deleted });
    },
  ),

  ...alertWorkbookHandlers,

  apiRoute(
    'get',
    endpoints.exclusions,
    {
      ...view,
      summary: 'Exclusions of the detections (added by Close and exclude)',
      response: exclusionListSchema,
    },
    (ctx) => {
      const items = (ctx.caller.tenantState.exclusions ?? []).map((e) =>
        toExclusion(e, ctx.caller, ctx.now),
      );
      return HttpResponse.json({ items });
    },
  ),
];
