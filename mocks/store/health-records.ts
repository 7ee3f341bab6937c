import type { HealthIssueStatus } from '../../src/api/contracts/health';
import type { DirectoryTenant } from '../identity/directory';
import { tenantWorld } from '../world/world';
import { scenarioEpoch } from './clock';
import { outageIssue, type BaseHealthIssue } from './outage-issues';
import type { HealthChange, MockState, TenantState } from './state';

/** A health issue as the service knows it now. Times in simulated ms. */
export interface HealthIssueRecord extends Omit<BaseHealthIssue, 'resolvedAt'> {
  status: HealthIssueStatus;
  statusChangedAt: number | null;
  /** Display name of who changed the status; null when the service did. */
  statusChangedBy: string | null;
  statusReason: string | null;
}

export const resolvedReason = 'Resolved automatically: the condition ended.';
export const reAlertReason = 'Re-alerted: the condition resumed after it was suppressed.';

/**
 * Applies the latest status change. When the condition ended after that change, an Open issue
 * closes by itself; Suppressed and Closed ones stay as the Administrator left them.
 */
export function applyHealthChange(
  base: BaseHealthIssue,
  change: HealthChange | undefined,
): HealthIssueRecord {
  const { resolvedAt, ...rest } = base;
  const resolvedLater = resolvedAt !== null && (!change || resolvedAt > change.at);
  if (resolvedLater && (!change || change.status === 'Open')) {
    return {
      ...rest,
      status: 'Closed',
      statusChangedAt: resolvedAt,
      statusChangedBy: null,
      statusReason: resolvedReason,
    };
  }
  if (!change)
    return {
      ...rest,
      status: 'Open',
      statusChangedAt: null,
      statusChangedBy: null,
      statusReason: null,
    };
  return {
    ...rest,
    status: change.status,
    statusChangedAt: change.at,
    statusChangedBy: change.by,
    statusReason: change.reason,
  };
}

/**
 * The tenant's health issues as the service knows them now: the generated ones, plus issues that
 * simulations opened, with status changes (close, suppress, reopen) applied. One function, so
 * sensor health badges, the Health Center and Home always agree. Issues of deleted sensors are gone.
 */
export function tenantHealthIssues(
  state: MockState,
  tenant: DirectoryTenant,
  tenantState: TenantState,
  now: number,
): HealthIssueRecord[] {
  if (!tenantState.instance) return [];
  const changes = tenantState.healthChanges ?? {};
  const issues: HealthIssueRecord[] = tenantWorld(
    state.scenario,
    tenant,
    scenarioEpoch,
  ).healthIssues.map((g) =>
    applyHealthChange(
      {
        id: g.id,
        title: g.title,
        severity: g.severity,
        scope: g.scope,
        sensorId: g.sensorId,
        firstSeen: scenarioEpoch - g.firstSeenMinutesAgo * 60_000,
        lastSeen: now - g.lastSeenMinutesAgo * 60_000,
        resolvedAt: null,
      },
      changes[g.id],
    ),
  );

  for (const outage of tenantState.outages ?? []) {
    const base = outageIssue(outage, now);
    if (!base) continue;
    const change = changes[base.id];
    // A suppressed issue re-alerts when its condition resumes, instead of a new issue opening;
    // a closed one stays closed and the new occurrence is a new issue (domain catalog §5.1).
    const suppressed = change
      ? undefined
      : issues.find(
          (i) =>
            i.status === 'Suppressed' &&
            i.sensorId === base.sensorId &&
            i.title === base.title &&
            (i.statusChangedAt ?? 0) < base.firstSeen,
        );
    const record = applyHealthChange(base, change);
    if (suppressed) {
      suppressed.lastSeen = record.lastSeen;
      suppressed.status = record.status;
      suppressed.statusChangedAt =
        record.status === 'Open' ? base.firstSeen : record.statusChangedAt;
      suppressed.statusChangedBy = null;
      suppressed.statusReason = record.status === 'Open' ? reAlertReason : record.statusReason;
      continue;
    }
    issues.push(record);
  }
  return issues.filter((i) => !i.sensorId || !tenantState.sensorChanges[i.sensorId]?.deleted);
}
