import { HttpResponse } from 'msw';
import {
  healthIssueListSchema,
  healthIssueQuerySchema,
  healthIssueSchema,
  healthStatusChangeSchema,
  type HealthIssue,
  type HealthIssueList,
} from '../../src/api/contracts/health';
import { endpointPatterns, endpoints } from '../../src/api/endpoints';
import { tenantHealthIssues, type HealthIssueRecord } from '../store/health-records';
import { tenantSensors } from '../store/sensor-records';
import { store } from '../store/store';
import { apiRoute, type Caller } from './api-route';
import { problem } from './problem';

/** The tenant's health issues on the wire, newest first, with the sensor's name and domain. */
function healthIssues(caller: Caller, now: number): HealthIssue[] {
  const sensors = new Map(
    tenantSensors(store.state, caller.tenant, caller.tenantState, now).map((s) => [s.id, s]),
  );
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  return tenantHealthIssues(store.state, caller.tenant, caller.tenantState, now)
    .map((issue: HealthIssueRecord): HealthIssue => {
      const sensor = issue.sensorId ? sensors.get(issue.sensorId) : undefined;
      return {
        id: issue.id,
        title: issue.title,
        severity: issue.severity,
        scope: issue.scope,
        sensorId: issue.sensorId,
        sensorName: sensor?.name ?? null,
        domain: sensor?.domain ?? null,
        status: issue.status,
        firstSeen: new Date(issue.firstSeen).toISOString(),
        lastSeen: new Date(issue.lastSeen).toISOString(),
        statusChangedAt: iso(issue.statusChangedAt),
        statusChangedBy: issue.statusChangedBy,
        statusReason: issue.statusReason,
      };
    })
    .sort((a, b) => Date.parse(b.firstSeen) - Date.parse(a.firstSeen) || a.id.localeCompare(b.id));
}

function findIssue(caller: Caller, id: unknown, now: number) {
  return healthIssues(caller, now).find((i) => i.id === id);
}

export const healthHandlers = [
  apiRoute(
    'get',
    endpoints.healthIssues,
    {
      summary: 'List the health issues, optionally of one status',
      permission: 'health.view',
      query: healthIssueQuerySchema,
      response: healthIssueListSchema,
    },
    ({ caller, query, now }) => {
      const all = healthIssues(caller, now);
      const count = (status: HealthIssue['status']) =>
        all.filter((i) => i.status === status).length;
      const list: HealthIssueList = {
        items: query.status ? all.filter((i) => i.status === query.status) : all,
        counts: { Open: count('Open'), Closed: count('Closed'), Suppressed: count('Suppressed') },
        asOf: new Date(now).toISOString(),
      };
      return HttpResponse.json(list);
    },
  ),

  apiRoute(
    'post',
    endpointPatterns.healthIssueStatus,
    {
      summary: 'Close, suppress (with a reason) or reopen a health issue',
      permission: 'health.changeStatus',
      body: healthStatusChangeSchema,
      response: healthIssueSchema,
      errors: { 404: 'No such health issue (`code`: `not-found`).' },
      audit: {
        page: 'Health center',
        target: ({ caller, params, now }) => {
          const issue = findIssue(caller, params.issueId, now);
          if (!issue) return `Health issue ${String(params.issueId)}`;
          return `Health issue “${issue.title}”${issue.sensorName ? ` on ${issue.sensorName}` : ''}`;
        },
        snapshot: ({ caller, params, now }) => {
          const issue = findIssue(caller, params.issueId, now);
          return issue ? { status: issue.status, reason: issue.statusReason } : null;
        },
      },
    },
    ({ caller, params, body, now }) => {
      const issue = findIssue(caller, params.issueId, now);
      if (!issue) return problem(404, 'Health issue not found', { code: 'not-found' });
      if (issue.status !== body.status) {
        (caller.tenantState.healthChanges ??= {})[issue.id] = {
          status: body.status,
          reason: body.status === 'Suppressed' ? (body.reason ?? null) : body.reason || null,
          at: now,
          by: caller.user.displayName,
        };
      }
      return HttpResponse.json(findIssue(caller, issue.id, now));
    },
  ),
];
