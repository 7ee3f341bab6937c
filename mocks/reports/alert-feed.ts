import type { AlertStatus, DetectionPhase } from '../../src/api/contracts/alerts';
import type { CefEvent } from '../../src/api/contracts/cef';
import type { Severity } from '../../src/api/contracts/vocabulary';
import type { DirectoryTenant } from '../identity/directory';
import type { MockState, TenantState } from '../store/state';

/**
 * What the reports and the outbox need from the security alerts world: the alerts that started in
 * a window (deletes and exclusions applied) with their status now, and each one's CEF event. The
 * one place that knows the alerts world's functions, so the rest of the reports code doesn't.
 */
export interface FeedAlert {
  id: string;
  detectionId: string;
  title: string;
  severity: Severity;
  phase: DetectionPhase;
  status: AlertStatus;
  startedAt: number;
  /** The alert's CEF event for a trigger (catalog §9.2). */
  cef(trigger: 'new' | 'update'): CefEvent;
}

export interface AlertFeedContext {
  state: MockState;
  tenant: DirectoryTenant;
  tenantState: TenantState;
  now: number;
}

/** Alerts that started in (fromMs, toMs], oldest first. */
export function alertsStartedIn(
  _ctx: AlertFeedContext,
  _fromMs: number,
  _toMs: number,
): FeedAlert[] {
  return [];
}

/** One alert by id (for `cs2=update` messages), or undefined when it is gone. */
export function alertById(_ctx: AlertFeedContext, _alertId: string): FeedAlert | undefined {
  return undefined;
}
