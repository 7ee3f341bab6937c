import { HttpResponse } from 'msw';
import {
  lateralMovementPathsSchema,
  lateralMovementQuerySchema,
  type LateralMovementPaths,
} from '../../src/api/contracts/lateral-movement';
import { endpointPatterns } from '../../src/api/endpoints';
import { lateralMovementReport } from '../world/lateral-movement/report';
import { dateRange, dayOf, isoDay, lateralMovementView } from '../world/lateral-movement/view';
import {
  buildWorkbook,
  workbookContentType,
  workbookFileName,
  workbookHeaders,
} from '../workbook/workbook';
import { apiRoute, type RouteContext } from './api-route';
import { entityContext, entityNotFound } from './entity-context';
import { problem } from './problem';

export const lateralMovementHandlers = [
  apiRoute(
    'get',
    endpointPatterns.entityLateralMovementPaths,
    {
      permission: 'entities.view',
      summary:
        'The lateral movement paths an entity is on (or that lead to a sensitive user) on a day',
      query: lateralMovementQuerySchema,
      response: lateralMovementPathsSchema,
      errors: {
        400: 'The date is outside the 60 days kept',
        404: 'No such entity in the caller’s tenant',
      },
    },
    async (ctx) => {
      const found = await viewOf(ctx);
      return 'refusal' in found ? found.refusal : HttpResponse.json(found.view);
    },
  ),

  apiRoute(
    'get',
    endpointPatterns.entityLateralMovementReport,
    {
      permission: 'entities.view',
      summary: 'Download report: the paths tab of a day as a workbook (Summary and Details tabs)',
      query: lateralMovementQuerySchema,
      response: {
        contentType: workbookContentType,
        description:
          'An .xlsx workbook: Summary (counts and averages) and Details (one row a path)',
      },
      errors: {
        400: 'The date is outside the 60 days kept',
        404: 'No such entity in the caller’s tenant',
      },
    },
    async (ctx) => {
      const found = await viewOf(ctx);
      if ('refusal' in found) return found.refusal;
      const { view } = found;
      const blob = await buildWorkbook(lateralMovementReport(view));
      const fileName = workbookFileName('lateral-movement-paths', view.entity.name, view.date);
      // Bytes, not the Blob: a Blob of the page's realm may not stream in every host (jsdom).
      return new HttpResponse(await blob.arrayBuffer(), { headers: workbookHeaders(fileName) });
    },
  ),
];

type Ctx = Pick<
  RouteContext<unknown, { date?: string | undefined }>,
  'caller' | 'params' | 'query' | 'now'
>;

/** The entity's paths on the day asked for, or the refusal (404, 400 naming the date). */
async function viewOf(ctx: Ctx): Promise<{ refusal: Response } | { view: LateralMovementPaths }> {
  const { world } = entityContext(ctx.caller);
  const code = world.codeOfId(String(ctx.params.entityId ?? ''));
  if (code === undefined) return { refusal: entityNotFound() };
  const { date } = ctx.query;
  if (date !== undefined) {
    const { earliest, latest } = dateRange(ctx.now);
    const day = dayOf(date);
    if (!Number.isFinite(day) || isoDay(day) !== date || day < earliest || day > latest) {
      return {
        refusal: problem(400, 'The query is not valid', {
          code: 'validation',
          errors: { date: [`Pick a day from ${isoDay(earliest)} to ${isoDay(latest)}`] },
        }),
      };
    }
  }
  return { view: await lateralMovementView(world, code, ctx.now, date) };
}
