import type { AuditEntry, AuditValue } from '../../src/api/contracts/audit';
import { auditFieldLabel } from '../../src/api/contracts/audit-labels';
import { tenantSensors } from '../store/sensor-records';
import type { TenantState } from '../store/state';
import { store } from '../store/store';
import { stableId } from '../world/hash';
import { diffSnapshots } from './diff';

export interface AuditSpec<Ctx> {
  /** The configuration page the change belongs to, e.g. "Syslog notifications". */
  page: string;
  /** What was changed, e.g. "Sensor DC01". */
  target: (ctx: Ctx) => string;
  /** The resource as the audit log may show it (secrets are redacted by the diff anyway). */
  snapshot: (ctx: Ctx) => unknown;
}

/** Fields holding a sensor's id: the audit log names the sensor, as the pages do. */
const sensorIdField = /(^|\.)sensorId$/;

/** A sensor id as its name (at the time of the change); an id no sensor has any more stays. */
function sensorNames(tenantState: TenantState, at: string): (value: AuditValue) => AuditValue {
  let names: Map<string, string> | undefined;
  return (value) => {
    if (typeof value !== 'string') return value;
    if (!names) {
      const tenant = store.state.directory.tenants.find(
        (t) => store.state.tenants[t.id] === tenantState,
      );
      const sensors = tenant ? tenantSensors(store.state, tenant, tenantState, Date.parse(at)) : [];
      names = new Map(sensors.map((s) => [s.id, s.name]));
    }
    return names.get(value) ?? `Deleted sensor (${value})`;
  };
}

/**
 * Appends an audit entry when `before` and `after` differ. Called by `apiRoute` for every
 * mutating endpoint that declares `audit`, so pages get auditing without code of their own. Each
 * change carries the label its page shows (`auditFieldLabel`) and values in the pages' words, fixed
 * at the time of the change.
 */
export function recordAudit(
  tenantState: TenantState,
  entry: Omit<AuditEntry, 'id' | 'changes' | 'action'>,
  before: unknown,
  after: unknown,
) {
  const diff = diffSnapshots(before, after);
  if (diff.length === 0) return;
  const sensorName = sensorNames(tenantState, entry.at);
  const changes = diff.map((change) => {
    const isSensor = sensorIdField.test(change.field);
    return {
      field: change.field,
      label: auditFieldLabel(entry.page, change.field),
      before: isSensor ? sensorName(change.before) : change.before,
      after: isSensor ? sensorName(change.after) : change.after,
    };
  });
  const action: AuditEntry['action'] =
    before === null || before === undefined
      ? 'Created'
      : after === null || after === undefined
        ? 'Deleted'
        : 'Updated';
  tenantState.audit.unshift({
    ...entry,
    id: stableId('audit', entry.at, tenantState.audit.length),
    action,
    changes,
  });
}
