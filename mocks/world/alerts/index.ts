import type { AlertSummary } from '../../../src/api/contracts/alerts';
import { securityAlertCef, type CefEvent } from '../../../src/api/contracts/cef';
import { detections } from '../../../src/api/contracts/detections';
import type { ScenarioName } from '../../../src/api/contracts/vocabulary';
import { paths } from '../../../src/config/paths';
import type { DirectoryTenant } from '../../identity/directory';
import { scenarioEpoch } from '../../store/clock';
import type { TenantState } from '../../store/state';
import { alertWorld, countAtMost } from './alert-world';
import { alertSummary } from './render';
import type { AlertSpec } from './spec';
import { alertView, type AlertView } from './view';
import { inSlices } from '../yield';

export { alertWorld, alertIndex, type AlertWorld } from './alert-world';
export { alertView, type AlertView } from './view';
export { alertDetail, alertSummary } from './render';

/**
 * What the rest of the mock backend (the outbox, reports) asks of the alerts. An alert here is its
 * summary as the portal shows it, plus the generated record behind it and its deep link.
 */
export interface AlertRecord extends AlertSummary {
  spec: AlertSpec;
  /** The alert's page in the portal (CEF `cs1`, e-mail link). */
  url: string;
}

/** The tenant's alert view at `at` (ms): generated alerts with the tenant's stored changes. */
export function tenantAlertView(
  scenario: ScenarioName,
  tenant: DirectoryTenant,
  state: TenantState,
  at: number,
): Promise<AlertView> {
  return alertView(alertWorld(scenario, tenant, scenarioEpoch), state, at);
}

/**
 * An alert as the rest of the backend sees it. The sentence, the entity links and the exclusion
 * target are computed when first read: a report over 180 days of `large` lists 20,000 alerts and
 * reads none of them, the outbox reads them for the few alerts it sends.
 */
function recordOf(view: AlertView, state: TenantState, i: number): AlertRecord {
  const spec = view.world.spec(i);
  const alert = view.state(i);
  const { detection } = spec;
  const id = view.world.idOf(i);
  let summary: AlertSummary | undefined;
  const full = () => (summary ??= alertSummary(view, i));
  const changedAt = alert.change?.statusChangedAt ?? spec.changedAt;
  return {
    id,
    detectionId: detection.id,
    title: detection.name,
    severity: spec.severity,
    phase: detection.phase,
    status: alert.status,
    preview: detection.preview,
    startedAt: new Date(spec.start).toISOString(),
    endedAt: new Date(spec.end).toISOString(),
    statusChangedAt: changedAt === null ? null : new Date(changedAt).toISOString(),
    get description() {
      return full().description;
    },
    get entities() {
      return full().entities;
    },
    get exclusionTarget() {
      return full().exclusionTarget;
    },
    spec,
    url: `${state.instance?.url ?? ''}${paths.alert(id)}`,
  };
}

/**
 * The alerts of the tenant that started in (fromMs, toMs], oldest first, as seen at `toMs`:
 * deleted alerts, alerts of a type deleted up to then and alerts of an excluded entity are left
 * out. The outbox calls it as simulated time passes to send "new alert" messages.
 */
export async function alertsStartedBetween(
  scenario: ScenarioName,
  tenant: DirectoryTenant,
  state: TenantState,
  fromMs: number,
  toMs: number,
): Promise<AlertRecord[]> {
  const view = await tenantAlertView(scenario, tenant, state, toMs);
  const { starts } = view.index;
  const out: AlertRecord[] = [];
  const first = countAtMost(starts, fromMs);
  await inSlices(view.visibleEnd - first, (k) => {
    if (!view.state(first + k).hidden) out.push(recordOf(view, state, first + k));
  });
  return out;
}

/** One alert by id as seen at `at` (the outbox's "alert updated" messages), or undefined. */
export async function alertRecordById(
  scenario: ScenarioName,
  tenant: DirectoryTenant,
  state: TenantState,
  at: number,
  id: string,
): Promise<AlertRecord | undefined> {
  const view = await tenantAlertView(scenario, tenant, state, at);
  const i = view.world.indexOfId(id);
  if (i === undefined || view.state(i).hidden) return undefined;
  return recordOf(view, state, i);
}

/**
 * Open alerts per detection ID among those that started in (fromMs, toMs], as seen at `toMs`
 * (Summary report). Reads the index only: no alert is rendered, so 180 days of `large` is cheap.
 */
export async function openAlertCountsByDetection(
  scenario: ScenarioName,
  tenant: DirectoryTenant,
  state: TenantState,
  fromMs: number,
  toMs: number,
): Promise<Record<string, number>> {
  const view = await tenantAlertView(scenario, tenant, state, toMs);
  const counts: Record<string, number> = {};
  for (let i = countAtMost(view.index.starts, fromMs); i < view.visibleEnd; i++) {
    const alert = view.state(i);
    if (alert.hidden || alert.status !== 'Open') continue;
    const id = detections[view.index.detection[i]!]?.id;
    if (id) counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

const plainText = (alert: AlertSummary) =>
  alert.description.map((part) => ('text' in part ? part.text : part.entity.name)).join('');

/**
 * The CEF event the service sends for an alert (catalog §9.2), for `formatCef` / `frameSyslog`:
 * class and `app` from the detection catalog, `externalId` the detection ID, `cs1` the alert's
 * link, `cs2` new or update.
 */
export function alertCefEvent(alert: AlertRecord, trigger: 'new' | 'update'): CefEvent {
  const { spec } = alert;
  const name = (code: number | null) => (code === null ? undefined : entityName(alert, code));
  return securityAlertCef({
    classId: spec.detection.cefClass,
    name: spec.detection.name,
    severity: spec.severity,
    externalId: Number(spec.detection.id),
    start: spec.start,
    trigger,
    url: alert.url,
    msg: plainText(alert),
    app: spec.detection.app,
    suser: name(spec.user ?? spec.member) ?? spec.name ?? undefined,
    shost: name(spec.source ?? spec.target),
    dhost: spec.domain ?? undefined,
    outcome: spec.outcome,
    cnt: spec.count,
  });
}

function entityName(alert: AlertRecord, code: number): string | undefined {
  // Entity ids are "<u|c|g><index>-<tag>"; codes are index * 3 + kind (world/directory/codes.ts).
  const letter = ['u', 'c', 'g'][code % 3];
  const id = `${letter}${Math.floor(code / 3)}-`;
  return alert.entities.find((e) => e.id.startsWith(id))?.name;
}
