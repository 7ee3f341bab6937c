import { HttpResponse } from 'msw';
import { moveChecklistSchema } from '../../src/api/contracts/move-from-ata';
import { endpoints } from '../../src/api/endpoints';
import { moveChecklist } from '../configuration/checklist';
import { apiRoute } from './api-route';

/** The move-from-ATA checklist, computed from the instance's state on each request. */
export const moveFromAtaHandlers = [
  apiRoute(
    'get',
    endpoints.moveFromAtaChecklist,
    {
      summary: 'The post-install checklist of a move from ATA, ticked from the instance’s state',
      response: moveChecklistSchema,
    },
    ({ caller, now }) => HttpResponse.json(moveChecklist({ caller, now })),
  ),
];
