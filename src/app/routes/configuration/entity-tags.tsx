import type { QueryClient } from '@tanstack/react-query';
import { entityTagQueries } from '@/features/entity-tags/api/entity-tag-queries';
import { EntityTagsPage } from '@/features/entity-tags/components/entity-tags-page';
import { usePermissions } from '@/lib/auth/use-permissions';

export function Component() {
  const { can } = usePermissions();
  return <EntityTagsPage canEdit={can('config.entityTags')} />;
}

export const loader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(entityTagQueries.settings());
  return null;
};
