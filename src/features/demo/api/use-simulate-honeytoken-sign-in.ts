import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  honeytokenSignInResultSchema,
  type HoneytokenSignInInput,
} from '@/api/contracts/entity-tags';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';

/** An account signs in from a computer; a honeytoken raises an alert, so every view refetches. */
export function useSimulateHoneytokenSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: HoneytokenSignInInput) =>
      http.send('POST', endpoints.demo.honeytokenSignIn, input, honeytokenSignInResultSchema),
    onSuccess: (result) => {
      if (result.alert) void queryClient.invalidateQueries();
    },
  });
}
