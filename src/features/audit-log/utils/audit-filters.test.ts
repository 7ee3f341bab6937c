import { describe, expect, it } from 'vitest';
import { applySearchParamUpdate } from '@/lib/url-state';
import {
  hasAuditFilters,
  parseAuditFilters,
  serializeAuditFilters,
  toAuditQuery,
} from './audit-filters';

const parse = (search: string) => parseAuditFilters(new URLSearchParams(search));

describe('audit filters ↔ URL', () => {
  it('reads every filter from the URL', () => {
    expect(parse('page=Role+groups&actor=u1&from=2026-11-01&to=2026-11-20&offset=25')).toEqual({
      page: 'Role groups',
      actor: 'u1',
      from: '2026-11-01',
      to: '2026-11-20',
      offset: 25,
    });
  });

  it('ignores malformed dates and offsets', () => {
    expect(parse('from=yesterday&to=2026-02-30&offset=-3')).toEqual({
      page: null,
      actor: null,
      from: null,
      to: null,
      offset: 0,
    });
    expect(parse('offset=2.5').offset).toBe(0);
  });

  it('writes a change back, going to the first page when a filter changes', () => {
    const current = new URLSearchParams('page=Sensors&offset=50');
    const next = applySearchParamUpdate(current, serializeAuditFilters({ page: 'Role groups' }));
    expect(next.toString()).toBe('page=Role+groups');
    const paged = applySearchParamUpdate(next, serializeAuditFilters({ offset: 25 }));
    expect(parseAuditFilters(paged)).toMatchObject({ page: 'Role groups', offset: 25 });
    const cleared = applySearchParamUpdate(
      paged,
      serializeAuditFilters({ page: null, actor: null, from: null, to: null }),
    );
    expect(cleared.toString()).toBe('');
  });

  it('round-trips through the URL', () => {
    const filters = { page: 'Syslog', actor: 'u2', from: '2026-11-02', to: null, offset: 0 };
    const params = applySearchParamUpdate(new URLSearchParams(), serializeAuditFilters(filters));
    expect(parseAuditFilters(params)).toEqual(filters);
  });

  it('builds the API query and knows when filters are set', () => {
    const filters = parse('page=Role+groups&from=2026-11-01&offset=25');
    expect(toAuditQuery(filters)).toEqual({
      page: 'Role groups',
      from: '2026-11-01',
      offset: 25,
      limit: 25,
    });
    expect(hasAuditFilters(filters)).toBe(true);
    expect(hasAuditFilters(parse('offset=25'))).toBe(false);
  });
});
