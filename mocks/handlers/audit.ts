import { HttpResponse } from 'msw';
import {
  AUDIT_PAGE_SIZE,
  auditListSchema,
  auditQuerySchema,
  type AuditEntry,
  type AuditList,
} from '../../src/api/contracts/audit';
import { auditFieldLabel } from '../../src/api/contracts/audit-labels';
import { endpoints } from '../../src/api/endpoints';
import { apiRoute } from './api-route';

const DAY_MS = 86_400_000;

/** Distinct actors of the log, by name, for the Person filter. */
function actorsOf(entries: AuditEntry[]) {
  const byId = new Map<string, string>();
  for (const entry of entries) byId.set(entry.actor.id, entry.actor.displayName);
  return [...byId]
    .map(([id, displayName]) => ({ id, displayName }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/**
 * An entry as the contract has it. Entries saved (IndexedDB) before changes carried their label
 * get it from the same table now; their values stay as recorded.
 */
function withLabels(entry: AuditEntry): AuditEntry {
  if (entry.changes.every((c) => typeof c.label === 'string')) return entry;
  return {
    ...entry,
    changes: entry.changes.map((c) => ({
      ...c,
      label: typeof c.label === 'string' ? c.label : auditFieldLabel(entry.page, c.field),
    })),
  };
}

/**
 * GET /api/audit: the tenant's configuration changes, newest first, filtered by page, person and an
 * inclusive UTC date range, one page of `limit` at a time. Administrators only.
 */
export const auditHandlers = [
  apiRoute(
    'get',
    endpoints.audit,
    {
      summary: 'The configuration changes, newest first, filtered and one page at a time',
      permission: 'audit.view',
      query: auditQuerySchema,
      response: auditListSchema,
    },
    ({ caller, query }) => {
      const { page, actor, from, to, offset = 0, limit = AUDIT_PAGE_SIZE } = query;
      const fromMs = from ? Date.parse(`${from}T00:00:00Z`) : -Infinity;
      const toMs = to ? Date.parse(`${to}T00:00:00Z`) + DAY_MS : Infinity;
      const all = caller.tenantState.audit;
      const matching = all.filter((entry) => {
        const at = Date.parse(entry.at);
        return (
          (!page || entry.page === page) &&
          (!actor || entry.actor.id === actor) &&
          at >= fromMs &&
          at < toMs
        );
      });
      const body: AuditList = {
        items: matching.slice(offset, offset + limit).map(withLabels),
        total: matching.length,
        pages: [...new Set(all.map((e) => e.page))].sort(),
        actors: actorsOf(all),
      };
      return HttpResponse.json(body);
    },
  ),
];
