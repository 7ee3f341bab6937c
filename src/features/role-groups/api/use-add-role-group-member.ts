import { useMutation, useQueryClient } from '@tanstack/react-query';
import { directoryPersonSchema, type RoleGroupKey } from '@/api/contracts/role-groups';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { meQueries } from '@/lib/auth/me-queries';
import { roleGroupQueries } from './role-group-queries';

/** Adds a person of the directory to a role group; they get its role at their next request. */
export function useAddRoleGroupMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ group, userId }: { group: RoleGroupKey; userId: string }) =>
      http.send('POST', endpoints.roleGroupMembers(group), { userId }, directoryPersonSchema),
    onSuccess: async () => {
      // The caller's own role may have changed too.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: roleGroupQueries.all() }),
        queryClient.invalidateQueries({ queryKey: meQueries.all() }),
      ]);
    },
  });
}
