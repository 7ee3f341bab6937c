import { HttpResponse } from 'msw';
import {
  outboxListSchema,
  outboxQuerySchema,
  type OutboxList,
  type OutboxMessage,
} from '../../src/api/contracts/outbox';
import { reportIdSchema } from '../../src/api/contracts/scheduled-reports';
import { endpointPatterns, endpoints } from '../../src/api/endpoints';
import { alertById } from '../reports/alert-feed';
import { reportWorkbook } from '../reports/report-workbook';
import { dispatchAlertUpdate, dispatchOutbox, outboxOf } from '../store/outbox';
import { onServiceEvent } from '../store/service-events';
import { store } from '../store/store';
import type { StoredOutboxMessage } from '../store/state';
import { workbookContentType, workbookHeaders } from '../workbook/workbook';
import { apiRoute } from './api-route';
import { problem } from './problem';

const wire = ({ window: _window, ...message }: StoredOutboxMessage): OutboxMessage => message;

// An alert's status changed (the alert handlers announce it): Syslog may send `cs2=update`.
onServiceEvent((event) => {
  if (event.type !== 'alert-updated') return;
  const { state } = store;
  const tenant = state.directory.tenants.find((t) => t.id === event.tenantId);
  const tenantState = state.tenants[event.tenantId];
  if (!tenant || !tenantState) return;
  const ctx = { state, tenant, tenantState };
  void (async () => {
    const alert = await alertById({ ...ctx, now: event.at }, event.alertId);
    if (!alert) return;
    await dispatchAlertUpdate(ctx, alert, event.at);
    await store.save();
  })();
});

/**
 * Demo → Outbox: what the service sent (emails, Syslog messages), newest first. Reading it first
 * sends what is due: events are dispatched lazily, up to the simulated now.
 */
export const outboxHandlers = [
  apiRoute(
    'get',
    endpoints.demo.outbox,
    {
      summary: 'What the service sent: emails and Syslog messages, newest first',
      demoOnly: true,
      query: outboxQuerySchema,
      response: outboxListSchema,
    },
    async ({ caller, query, now }) => {
      const { tenant, tenantState } = caller;
      // Saved only when something was sent: ids come from what is sent, so a dispatch repeated
      // after a reload (the watermark not saved) sends nothing twice.
      if (await dispatchOutbox({ state: store.state, tenant, tenantState }, now))
        await store.save();
      const all = outboxOf(tenantState).messages;
      const matching = query.channel ? all.filter((m) => m.channel === query.channel) : all;
      const list: OutboxList = {
        items: matching.slice(-query.limit).reverse().map(wire),
        total: matching.length,
        asOf: new Date(now).toISOString(),
      };
      return HttpResponse.json(list);
    },
  ),

  apiRoute(
    'get',
    endpointPatterns.outboxAttachment,
    {
      summary: 'The workbook a scheduled report email carried',
      demoOnly: true,
      permission: 'reports.download',
      response: { contentType: workbookContentType, description: 'The report’s workbook' },
      errors: { 404: 'No such message, or it carried no attachment (`code`: `not-found`).' },
    },
    async ({ caller, params, now }) => {
      const message = outboxOf(caller.tenantState).messages.find((m) => m.id === params.messageId);
      const report = reportIdSchema.safeParse(message?.subjectId);
      if (!message?.window || !report.success)
        return problem(404, 'No such attachment', { code: 'not-found' });
      const ctx = { state: store.state, tenant: caller.tenant, tenantState: caller.tenantState };
      const file = await reportWorkbook({ ...ctx, now }, report.data, message.window);
      return new HttpResponse(await file.blob.arrayBuffer(), {
        headers: workbookHeaders(message.attachment?.fileName ?? file.fileName),
      });
    },
  ),
];
