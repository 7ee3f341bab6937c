import { AUDIT_PAGE_SIZE, type AuditQuery } from '@/api/contracts/audit';
import type { SearchParamUpdate } from '@/lib/url-state';

/** The audit log's view as the URL holds it: `page`, `actor`, `from`, `to` and `offset`. */
export interface AuditFilters {
  /** Configuration page name, e.g. "Role groups". */
  page: string | null;
  /** Id of the person who made the change. */
  actor: string | null;
  /** Inclusive UTC dates, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  /** Index of the first entry shown (pagination). */
  offset: number;
}

export const noAuditFilters: Omit<AuditFilters, 'offset'> = {
  page: null,
  actor: null,
  from: null,
  to: null,
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date in YYYY-MM-DD form, or null. */
function dateOrNull(value: string | null): string | null {
  if (!value || !isoDate.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}

/** Reads the filters from the URL; malformed dates and offsets are ignored. */
export function parseAuditFilters(params: URLSearchParams): AuditFilters {
  const offset = Number(params.get('offset'));
  return {
    page: params.get('page') || null,
    actor: params.get('actor') || null,
    from: dateOrNull(params.get('from')),
    to: dateOrNull(params.get('to')),
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

/**
 * The URL params for a change of the view. Changing a filter goes back to the first page of
 * results; the default offset is left out of the URL.
 */
export function serializeAuditFilters(change: Partial<AuditFilters>): SearchParamUpdate {
  const update: SearchParamUpdate = {};
  for (const key of ['page', 'actor', 'from', 'to'] as const) {
    if (key in change) update[key] = change[key];
  }
  const offset = change.offset ?? 0;
  update.offset = offset > 0 ? String(offset) : null;
  return update;
}

/** The API query for the view. */
export function toAuditQuery(filters: AuditFilters): AuditQuery {
  const query: AuditQuery = { offset: filters.offset, limit: AUDIT_PAGE_SIZE };
  if (filters.page) query.page = filters.page;
  if (filters.actor) query.actor = filters.actor;
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  return query;
}

export function hasAuditFilters(filters: AuditFilters): boolean {
  return Boolean(filters.page || filters.actor || filters.from || filters.to);
}
