import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { RoleGroupKey } from '@/api/contracts/role-groups';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';
import { meQueries } from '@/lib/auth/me-queries';
import { roleGroupQueries } from './role-group-queries';

/** Removes a member from a role group; they lose its role at their next request. */
export function useRemoveRoleGroupMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ group, userId }: { group: RoleGroupKey; userId: string }) =>
      http.send('DELETE', endpoints.roleGroupMember(group, userId), undefined, z.null()),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: roleGroupQueries.all() }),
        queryClient.invalidateQueries({ queryKey: meQueries.all() }),
      ]);
    },
  });
}
