import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { auditQuerySchema } from '@/api/contracts/audit';
import { hasPermission } from '@/api/contracts/permissions';
import { auditQueries } from '@/features/audit-log/api/audit-queries';
import { AuditLogPage } from '@/features/audit-log/components/audit-log-page';
import { parseAuditFilters, toAuditQuery } from '@/features/audit-log/utils/audit-filters';
import { meQueries } from '@/lib/auth/me-queries';
import { usePermissions } from '@/lib/auth/use-permissions';

/** Configuration → Admin → Audit log. */
export function Component() {
  const { can } = usePermissions();
  return <AuditLogPage canView={can('audit.view')} />;
}

/** Starts loading the filtered log with the route (Administrators only), without waiting for it. */
export const loader =
  (queryClient: QueryClient) =>
  ({ request }: LoaderFunctionArgs) => {
    const me = queryClient.getQueryData(meQueries.current().queryKey);
    if (me && hasPermission(me.role, 'audit.view')) {
      const query = toAuditQuery(parseAuditFilters(new URL(request.url).searchParams));
      if (auditQuerySchema.safeParse(query).success)
        void queryClient.prefetchQuery(auditQueries.list(query));
    }
    return null;
  };
