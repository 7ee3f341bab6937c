import { useSuspenseQuery } from '@tanstack/react-query';
import { hasPermission, type Permission } from '@/api/contracts/permissions';
import { meQueries } from './me-queries';

/** The caller's role and a `can(permission)` check, from GET /api/me (the backend checks again). */
export function usePermissions() {
  const { data: me } = useSuspenseQuery(meQueries.current());
  return {
    role: me.role,
    can: (permission: Permission) => hasPermission(me.role, permission),
  };
}
