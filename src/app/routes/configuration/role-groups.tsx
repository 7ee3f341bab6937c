import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { roleGroupQueries } from '@/features/role-groups/api/role-group-queries';
import { RoleGroupsPage } from '@/features/role-groups/components/role-groups-page';
import { meQueries } from '@/lib/auth/me-queries';
import { usePermissions } from '@/lib/auth/use-permissions';

/** Configuration → Admin → Role groups. */
export function Component() {
  const { data: me } = useSuspenseQuery(meQueries.current());
  const { can } = usePermissions();
  return <RoleGroupsPage me={me} canManage={can('roleGroups.manage')} />;
}

/** Starts loading the role groups with the route, without holding the navigation back. */
export const loader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(roleGroupQueries.list());
  return null;
};
