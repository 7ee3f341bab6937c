import {
  frameSyslog,
  healthAlertCef,
  sensorProcessId,
  formatCef,
  type CefEvent,
} from '../../src/api/contracts/cef';
import type { OutboxKind } from '../../src/api/contracts/outbox';
import type { Sensor } from '../../src/api/contracts/sensors';
import { reportIdSchema, type ReportId } from '../../src/api/contracts/scheduled-reports';
import { endpoints } from '../../src/api/endpoints';
import { paths } from '../../src/config/paths';
import type { DirectoryTenant } from '../identity/directory';
import { alertsStartedIn, type FeedAlert } from '../reports/alert-feed';
import { reportTitle } from '../reports/report-workbook';
import { workbookFileName } from '../workbook/workbook';
import { hash, stableId } from '../world/hash';
import { scenarioEpoch } from './clock';
import { tenantHealthIssues, type HealthIssueRecord } from './health-records';
import { notificationSettings, type NotificationSettings } from './outbox-settings';
import { scheduledSends, type ScheduledSend } from './report-schedule';
import { tenantSensors } from './sensor-records';
import type { MockState, OutboxState, StoredOutboxMessage, TenantState } from './state';

/** The newest messages kept per tenant. */
export const outboxCap = 2_000;

export interface OutboxContext {
  state: MockState;
  tenant: DirectoryTenant;
  tenantState: TenantState;
}

/** The tenant's outbox; history before the scenario started is never sent. */
export function outboxOf(tenantState: TenantState): OutboxState {
  return (tenantState.outbox ??= { watermark: scenarioEpoch, messages: [] });
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const minute = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** Builds the messages of one dispatch: settings, sensors and the instance are read once. */
function sender(ctx: OutboxContext, now: number) {
  const settings: NotificationSettings = notificationSettings(ctx.tenant, ctx.tenantState);
  const instanceUrl = ctx.tenantState.instance?.url ?? '';
  let sensors: Sensor[] | undefined;
  const sensorsNow = () => (sensors ??= tenantSensors(ctx.state, ctx.tenant, ctx.tenantState, now));
  const out: StoredOutboxMessage[] = [];
  const { syslog } = settings;

  const email = (
    at: number,
    kind: OutboxKind,
    recipients: string[],
    subjectId: string,
    subject: string,
    body: string,
    attachment: StoredOutboxMessage['attachment'] = null,
    window?: StoredOutboxMessage['window'],
  ) => {
    if (!recipients.length) return;
    const id = stableId(ctx.tenant.id, 'outbox', 'Email', kind, subjectId, at);
    out.push({
      id,
      at: new Date(at).toISOString(),
      channel: 'Email',
      kind,
      recipients: [...recipients],
      server: null,
      subject,
      body,
      attachment: attachment && { ...attachment, href: endpoints.demo.outboxAttachment(id) },
      subjectId,
      ...(window ? { window } : {}),
    });
  };

  const cef = (at: number, kind: OutboxKind, subjectId: string, event: CefEvent) => {
    if (!syslog.enabled || !syslog.server) return;
    const sensor = sensorsNow().find((s) => s.id === syslog.sensorId);
    if (!sensor) return;
    const origin = { fqdn: sensor.fqdn, name: sensor.name, procId: sensorProcessId(sensor.name) };
    out.push({
      id: stableId(ctx.tenant.id, 'outbox', 'Syslog', kind, subjectId, at),
      at: new Date(at).toISOString(),
      channel: 'Syslog',
      kind,
      recipients: [],
      server: `${syslog.server}:${syslog.port} (${syslog.transport}, ${syslog.format})`,
      subject: formatCef(event),
      body: frameSyslog(syslog.format, origin, at, event),
      attachment: null,
      subjectId,
    });
  };

  return {
    settings,
    out,
    newAlert(alert: FeedAlert) {
      const link = `${instanceUrl}${paths.alert(alert.id)}`;
      email(
        alert.startedAt,
        'New security alert',
        settings.email.alertRecipients,
        alert.id,
        `New ${alert.severity.toLowerCase()} severity security alert: ${alert.title}`,
        `${alert.title} (${alert.severity}) started at ${minute(alert.startedAt)}.\n\nOpen it in Vigil: ${link}`,
      );
      if (syslog.events.newSecurityAlerts)
        cef(alert.startedAt, 'New security alert', alert.id, alert.cef('new'));
    },
    updatedAlert(alert: FeedAlert, at: number) {
      if (syslog.events.newSecurityAlerts && syslog.events.updatedSecurityAlerts)
        cef(at, 'Security alert updated', `${alert.id}@${at}`, alert.cef('update'));
    },
    scheduledReport(report: ReportId, sending: ScheduledSend, recipients: string[]) {
      const title = reportTitle(report);
      const { window } = sending;
      const fileName = workbookFileName(title, day(window.from), day(window.to - 1));
      email(
        sending.at,
        'Scheduled report',
        recipients,
        report,
        `Scheduled report: ${title}`,
        `The ${title} report for ${minute(window.from)} to ${minute(window.to)} is attached.`,
        { fileName, href: '' },
        window,
      );
    },
    newHealthIssue(issue: HealthIssueRecord) {
      const sensor = issue.sensorId ? sensorsNow().find((s) => s.id === issue.sensorId) : null;
      const where = sensor ? ` on ${sensor.name}` : '';
      email(
        issue.firstSeen,
        'New health issue',
        settings.email.healthRecipients,
        issue.id,
        `New health issue: ${issue.title}${where}`,
        `${issue.title}${where} (${issue.severity}) since ${minute(issue.firstSeen)}.\n\nOpen the Health Center: ${instanceUrl}${paths.health}`,
      );
      if (syslog.events.newHealthIssues)
        cef(issue.firstSeen, 'New health issue', issue.id, healthCef(issue, sensor, instanceUrl));
    },
  };
}

/** Health issues in CEF (catalog §9.3): the catalog's class names where known, else one of ours. */
function healthCef(issue: HealthIssueRecord, sensor: Sensor | null | undefined, url: string) {
  const known: Record<string, [string, number]> = {
    'Sensor stopped communicating': ['SensorDisconnectedMonitoringAlert', 1011],
    'Sensor service failed to start': ['SensorStartFailureMonitoringAlert', 1018],
  };
  const [classId, externalId] = known[issue.title] ?? [
    `${issue.title.replace(/[^A-Za-z0-9 ]/g, '').replace(/(?:^| )(\w)/g, (_, c: string) => c.toUpperCase())}MonitoringAlert`,
    1100 + (hash('health-class', issue.title) % 800),
  ];
  const msg =
    issue.title === 'Sensor stopped communicating' && sensor
      ? `There has not been communication from the Sensor ${sensor.name} since ${minute(issue.firstSeen)}.`
      : `${issue.title}${sensor ? ` (Sensor ${sensor.name})` : ''}.`;
  return healthAlertCef({
    classId,
    severity: issue.severity,
    externalId,
    url: `${url}${paths.health}`,
    msg,
    trigger: 'new',
  });
}

/** Adds the messages not kept yet (ids are derived from what is sent); returns how many. */
function keep(outbox: OutboxState, messages: StoredOutboxMessage[]): number {
  if (!messages.length) return 0;
  const known = new Set(outbox.messages.map((m) => m.id));
  const sorted = messages
    .filter((m) => !known.has(m.id))
    .sort((a, b) => a.at.localeCompare(b.at) || a.channel.localeCompare(b.channel));
  outbox.messages.push(...sorted);
  if (outbox.messages.length > outboxCap)
    outbox.messages.splice(0, outbox.messages.length - outboxCap);
  return sorted.length;
}

/**
 * Sends everything that happened in (watermark, upTo] with the settings in force now: new
 * alerts, new health issues and scheduled reports. Idempotent: the watermark moves to `upTo`, and
 * ids are derived from what is sent, so calling it again sends nothing twice.
 */
export async function dispatchOutbox(ctx: OutboxContext, upTo: number): Promise<number> {
  if (!ctx.tenantState.instance) return 0;
  const outbox = outboxOf(ctx.tenantState);
  const after = outbox.watermark;
  if (upTo <= after) return 0;
  const send = sender(ctx, upTo);
  for (const alert of await alertsStartedIn({ ...ctx, now: upTo }, after, upTo))
    send.newAlert(alert);
  for (const issue of tenantHealthIssues(ctx.state, ctx.tenant, ctx.tenantState, upTo))
    if (issue.firstSeen > after && issue.firstSeen <= upTo) send.newHealthIssue(issue);
  for (const report of reportIdSchema.options) {
    const schedule = send.settings.schedules[report];
    for (const sending of scheduledSends(schedule, after, upTo))
      send.scheduledReport(report, sending, schedule.recipients);
  }
  const sent = keep(outbox, send.out);
  outbox.watermark = Math.max(outbox.watermark, upTo);
  return sent;
}

/** An alert's status changed: dispatch what came before, then its update (Syslog only). */
export async function dispatchAlertUpdate(
  ctx: OutboxContext,
  alert: FeedAlert,
  at: number,
): Promise<void> {
  if (!ctx.tenantState.instance) return;
  await dispatchOutbox(ctx, at);
  const send = sender(ctx, at);
  send.updatedAlert(alert, at);
  keep(outboxOf(ctx.tenantState), send.out);
}

/** Dispatches every tenant's events up to `upTo` (the Demo menu moved the clock). */
export async function dispatchEveryTenant(state: MockState, upTo: number): Promise<void> {
  for (const tenant of state.directory.tenants) {
    const tenantState = state.tenants[tenant.id];
    if (tenantState?.instance) await dispatchOutbox({ state, tenant, tenantState }, upTo);
  }
}
