import type { AuditEntry } from '../../src/api/contracts/audit';
import { stableId } from '../world/hash';
import type { TenantState } from '../store/state';
import { diffSnapshots } from './diff';

export interface AuditSpec<Ctx> {
  /** The configuration page the change belongs to, e.g. "Syslog notifications". */
  page: string;
  /** What was changed, e.g. "Sensor DC01". */
  target: (ctx: Ctx) => string;
  /** The resource as the audit log may show it (secrets are redacted by the diff anyway). */
  snapshot: (ctx: Ctx) => unknown;
}

/**
 * Appends an audit entry when `before` and `after` differ. Called by `apiRoute` for every
 * mutating endpoint that declares `audit`, so pages get auditing without code of their own.
 */
export function recordAudit(
  tenantState: TenantState,
  entry: Omit<AuditEntry, 'id' | 'changes' | 'action'>,
  before: unknown,
  after: unknown,
) {
  const changes = diffSnapshots(before, after);
  if (changes.length === 0) return;
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
