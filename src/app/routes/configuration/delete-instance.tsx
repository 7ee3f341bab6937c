import { useSuspenseQuery } from '@tanstack/react-query';
import { DeleteInstancePage } from '@/features/instance/components/delete-instance-page';
import { meQueries } from '@/lib/auth/me-queries';
import { usePermissions } from '@/lib/auth/use-permissions';

/** Configuration → Admin → Delete instance. */
export function Component() {
  const { data: me } = useSuspenseQuery(meQueries.current());
  const { can } = usePermissions();
  return <DeleteInstancePage me={me} canDelete={can('instance.delete')} />;
}
