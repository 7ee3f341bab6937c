import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { auditListSchema, type AuditQuery } from '@/api/contracts/audit';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { shouldRetry } from '@/lib/query-client';

function searchOf(query: AuditQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Query options for the audit log; every key is nested under `all()`. */
export const auditQueries = {
  all: () => ['audit'] as const,
  list: (query: AuditQuery) =>
    queryOptions({
      queryKey: [...auditQueries.all(), 'list', query] as const,
      queryFn: ({ signal }) =>
        http.get(`${endpoints.audit}${searchOf(query)}`, auditListSchema, { signal }),
      // Changes are made elsewhere in the portal: look again on every visit.
      staleTime: 0,
      placeholderData: keepPreviousData,
      retry: shouldRetry,
    }),
};
