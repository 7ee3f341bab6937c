import { HttpResponse } from 'msw';
import {
  lateralMovementPathsSchema,
  lateralMovementQuerySchema,
} from '../../src/api/contracts/lateral-movement';
import { endpointPatterns } from '../../src/api/endpoints';
import { dateRange, dayOf, isoDay, lateralMovementView } from '../world/lateral-movement/view';
import { apiRoute } from './api-route';
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
      const { world } = entityContext(ctx.caller);
      const code = world.codeOfId(String(ctx.params.entityId ?? ''));
      if (code === undefined) return entityNotFound();
      const { date } = ctx.query;
      if (date !== undefined) {
        const { earliest, latest } = dateRange(ctx.now);
        const day = dayOf(date);
        if (!Number.isFinite(day) || isoDay(day) !== date || day < earliest || day > latest) {
          return problem(400, 'The query is not valid', {
            code: 'validation',
            errors: {
              date: [`Pick a day from ${isoDay(earliest)} to ${isoDay(latest)}`],
            },
          });
        }
      }
      return HttpResponse.json(await lateralMovementView(world, code, ctx.now, date));
    },
  ),
];
