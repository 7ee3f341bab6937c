import type { AlertStatus, DetectionPhase } from '../../src/api/contracts/alerts';
import type { CefEvent } from '../../src/api/contracts/cef';
import type { Severity } from '../../src/api/contracts/vocabulary';
import type { DirectoryTenant } from '../identity/directory';
import type { MockState, TenantState } from '../store/state';
import {
  alertCefEvent,
  alertRecordById,
  alertsStartedBetween,
  type AlertRecord,
} from '../world/alerts';

/**
 * What the reports and the outbox need from the security alerts world: the alerts that started in
 * a window (deletes and exclusions applied) with their status, and each one's CEF event. The one
 * place that knows the alerts world's functions, so the rest of the reports code doesn't.
 */
export interface FeedAlert {
  id: string;
  detectionId: string;
  title: string;
  severity: Severity;
  phase: DetectionPhase;
  status: AlertStatus;
  startedAt: number;
  /** The alert's page in the portal. */
  url: string;
  /** The alert's CEF event for a trigger (catalog §9.2). */
  cef(trigger: 'new' | 'update'): CefEvent;
}

export interface AlertFeedContext {
  state: MockState;
  tenant: DirectoryTenant;
  tenantState: TenantState;
  now: number;
}

function feedAlert(record: AlertRecord): FeedAlert {
  return {
    id: record.id,
    detectionId: record.detectionId,
    title: record.title,
    severity: record.severity,
    phase: record.phase,
    status: record.status,
    startedAt: Date.parse(record.startedAt),
    url: record.url,
    cef: (trigger) => alertCefEvent(record, trigger),
  };
}

/** Alerts that started in (fromMs, toMs], oldest first, as seen at `toMs`. */
export async function alertsStartedIn(
  ctx: AlertFeedContext,
  fromMs: number,
  toMs: number,
): Promise<FeedAlert[]> {
  const records = await alertsStartedBetween(
    ctx.state.scenario,
    ctx.tenant,
    ctx.tenantState,
    fromMs,
    Math.min(toMs, ctx.now),
  );
  return records.map(feedAlert);
}

/** One alert by id as seen at `ctx.now` (for `cs2=update` messages), or undefined when gone. */
export async function alertById(
  ctx: AlertFeedContext,
  alertId: string,
): Promise<FeedAlert | undefined> {
  const record = await alertRecordById(
    ctx.state.scenario,
    ctx.tenant,
    ctx.tenantState,
    ctx.now,
    alertId,
  );
  return record && feedAlert(record);
}
