import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { entityQueries } from '@/features/entities/api/entity-queries';
import { ProfilePage } from '@/features/entities/components/profile-page';

/** A group's profile: `/groups/:entityId/:tab`. */
export function Component() {
  const { entityId = '', tab } = useParams();
  return <ProfilePage key={entityId} kind="Group" id={entityId} tab={tab} />;
}

/** Starts loading the profile with the route, without holding the navigation back. */
export const loader =
  (queryClient: QueryClient) =>
  ({ params }: LoaderFunctionArgs) => {
    if (params.entityId) void queryClient.prefetchQuery(entityQueries.profile(params.entityId));
    return null;
  };
