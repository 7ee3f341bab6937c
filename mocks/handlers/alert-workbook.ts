import { HttpResponse } from 'msw';
import { endpointPatterns } from '../../src/api/endpoints';
import { paths } from '../../src/config/paths';
import { alertDetail } from '../world/alerts';
import { alertWorkbookSheets } from '../world/alerts/workbook';
import { buildWorkbook, workbookFileName, workbookHeaders } from '../workbook/workbook';
import { alertNotFound, alertOf } from './alert-context';
import { apiRoute } from './api-route';

export const alertWorkbookHandlers = [
  apiRoute(
    'get',
    endpointPatterns.alertWorkbook,
    {
      summary:
        'Download details: the alert as an Excel workbook (Summary, entity roles, network and event activities, related entities)',
      permission: 'alerts.share',
      response: {
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        description: 'The .xlsx workbook of catalog §4.4',
      },
      errors: { 404: 'No such alert in the caller’s tenant, or it was deleted' },
    },
    async (ctx) => {
      const found = await alertOf(ctx);
      if (!found) return alertNotFound();
      const { alerts, i } = found;
      const detail = alertDetail(alerts, i);
      const instance = ctx.caller.tenantState.instance?.url ?? '';
      const sheets = alertWorkbookSheets(
        detail,
        alerts.world.spec(i),
        alerts.world.directory,
        `${instance}${paths.alert(detail.id)}`,
      );
      const blob = await buildWorkbook(sheets);
      const name = workbookFileName(detail.title, detail.startedAt.slice(0, 10));
      // The bytes, not the Blob: jsdom's Blob (Vitest) has no stream() for the Response to read.
      return new HttpResponse(await blob.arrayBuffer(), { headers: workbookHeaders(name) });
    },
  ),
];
