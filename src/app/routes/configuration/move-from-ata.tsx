import type { QueryClient } from '@tanstack/react-query';
import { moveFromAtaQueries } from '@/features/move-from-ata/api/move-from-ata-queries';
import { MoveFromAtaPage } from '@/features/move-from-ata/components/move-from-ata-page';
import { usePermissions } from '@/lib/auth/use-permissions';

/** Configuration → Admin → Move from ATA. */
export function Component() {
  const { can } = usePermissions();
  return <MoveFromAtaPage canExport={can('config.export')} canImport={can('config.import')} />;
}

/** Starts loading the checklist with the route, without holding the navigation back. */
export const loader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(moveFromAtaQueries.checklist());
  return null;
};
