import { HttpResponse } from 'msw';
import {
  activityPageWithAlertsSchema,
  type ActivityPageWithAlerts,
} from '../../src/api/contracts/alerts';
import {
  activitiesExportQuerySchema,
  activitiesQuerySchema,
  activitySummarySchema,
  activityTypeSchema,
  type Activity,
  type ActivityType,
} from '../../src/api/contracts/entities';
import { endpointPatterns } from '../../src/api/endpoints';
import { activitySummary, historyStartOf, walkActivities } from '../world/directory/activities';
import { activitiesCsv, EXPORT_LINE_CAP } from '../world/directory/activities-csv';
import { alertSummary } from '../world/alerts';
import { alertsOf } from './alert-context';
import { apiRoute, type RouteContext } from './api-route';
import { entityContext, entityNotFound } from './entity-context';
import { problem } from './problem';

const view = { permission: 'entities.view' } as const;

function entityOf(ctx: Pick<RouteContext<unknown, unknown>, 'caller' | 'params'>) {
  const context = entityContext(ctx.caller);
  const code = context.world.codeOfId(String(ctx.params.entityId ?? ''));
  return code === undefined ? undefined : { ...context, code };
}

/** `types=` as a set (null: every type), or the refusal naming the unknown type. */
function typesOf(raw: string): { types: Set<ActivityType> | null } | { refusal: Response } {
  const names = raw
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  if (!names.length) return { types: null };
  const types = new Set<ActivityType>();
  for (const name of names) {
    const parsed = activityTypeSchema.safeParse(name);
    if (!parsed.success) {
      return {
        refusal: problem(400, 'The query is not valid', {
          code: 'validation',
          errors: { types: [`Unknown activity type “${name}”`] },
        }),
      };
    }
    types.add(parsed.data);
  }
  return { types };
}

export const entityActivityHandlers = [
  apiRoute(
    'get',
    endpointPatterns.entityActivities,
    {
      ...view,
      summary:
        'An entity’s logical activities, newest first, a page at a time (cursor: before), with its alerts in the page’s window',
      query: activitiesQuerySchema,
      response: activityPageWithAlertsSchema,
      errors: { 404: 'No such entity in the caller’s tenant' },
    },
    async (ctx) => {
      const entity = entityOf(ctx);
      if (!entity) return entityNotFound();
      const filter = typesOf(ctx.query.types);
      if ('refusal' in filter) return filter.refusal;
      const { before, limit } = ctx.query;
      const items: Activity[] = [];
      let more = false;
      await walkActivities(
        entity.world,
        entity.code,
        ctx.now,
        { before: before ? Date.parse(before) : Infinity, from: -Infinity, types: filter.types },
        (activity) => {
          if (items.length === limit) {
            more = true;
            return false;
          }
          items.push(activity);
          return true;
        },
      );
      const nextBefore = more ? (items[items.length - 1]?.at ?? null) : null;
      const historyStart = historyStartOf(ctx.now);
      // The page covers [its oldest line, before): the next page starts where this one ends.
      const alerts = await alertsOf(ctx.caller, ctx.now);
      const windowEnd = before ? Date.parse(before) - 1 : ctx.now;
      const windowStart = (nextBefore ? Date.parse(nextBefore) : historyStart) - 1;
      const body: ActivityPageWithAlerts = {
        items,
        nextBefore,
        historyStart: new Date(historyStart).toISOString(),
        asOf: new Date(ctx.now).toISOString(),
        alerts: alerts
          .entityAlertsBetween(entity.code, windowStart, windowEnd)
          .map((i) => alertSummary(alerts, i)),
      };
      return HttpResponse.json(body);
    },
  ),

  apiRoute(
    'get',
    endpointPatterns.entityActivitySummary,
    {
      ...view,
      summary: 'The counts of the tiles over an entity’s activities',
      response: activitySummarySchema,
      errors: { 404: 'No such entity in the caller’s tenant' },
    },
    async (ctx) => {
      const entity = entityOf(ctx);
      if (!entity) return entityNotFound();
      const summary = await activitySummary(entity.world, entity.code, ctx.now);
      const alerts = await alertsOf(ctx.caller, ctx.now);
      return HttpResponse.json({ ...summary, openAlerts: alerts.counts(entity.code).Open });
    },
  ),

  apiRoute(
    'get',
    endpointPatterns.entityActivitiesExport,
    {
      ...view,
      summary: 'Download activities: the activities of a date range as CSV (at most 300,000 lines)',
      query: activitiesExportQuerySchema,
      response: {
        contentType: 'text/csv',
        description: 'One line per logical activity, with a header row',
      },
      errors: { 404: 'No such entity in the caller’s tenant' },
    },
    async (ctx) => {
      const entity = entityOf(ctx);
      if (!entity) return entityNotFound();
      const filter = typesOf(ctx.query.types);
      if ('refusal' in filter) return filter.refusal;
      const { from, to } = ctx.query;
      const lines: Activity[] = [];
      await walkActivities(
        entity.world,
        entity.code,
        ctx.now,
        { before: Date.parse(to) + 1, from: Date.parse(from), types: filter.types },
        (activity) => lines.push(activity) < EXPORT_LINE_CAP,
      );
      const name =
        entity.world
          .name(entity.code)
          .replace(/[^\w.-]+/g, '_')
          .slice(0, 60) || 'entity';
      return new HttpResponse(activitiesCsv(lines), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="activities-${name}-${from.slice(0, 10)}-${to.slice(0, 10)}.csv"`,
        },
      });
    },
  ),
];
