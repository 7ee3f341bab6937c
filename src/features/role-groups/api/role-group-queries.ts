import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  directoryUserListSchema,
  roleGroupListSchema,
  type RoleGroupKey,
} from '@/api/contracts/role-groups';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { shouldRetry } from '@/lib/query-client';

/** Query options for role groups and the directory search; every key is nested under `all()`. */
export const roleGroupQueries = {
  all: () => ['role-groups'] as const,
  list: () =>
    queryOptions({
      queryKey: [...roleGroupQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => http.get(endpoints.roleGroups, roleGroupListSchema, { signal }),
      retry: shouldRetry,
    }),
  /** People of the tenant's directory matching `search`, leaving out members of `group`. */
  directorySearch: (group: RoleGroupKey, search: string) =>
    queryOptions({
      queryKey: [...roleGroupQueries.all(), 'directory', group, search] as const,
      queryFn: ({ signal }) => {
        const query = new URLSearchParams({ search, notIn: group });
        return http.get(
          `${endpoints.directoryUsers}?${query.toString()}`,
          directoryUserListSchema,
          { signal },
        );
      },
      placeholderData: keepPreviousData,
      retry: shouldRetry,
    }),
};
