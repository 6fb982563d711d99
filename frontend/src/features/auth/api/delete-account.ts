import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RequestBody } from '@/lib/api/types';
import { meQueryKey, signedOut, type Me } from './get-me';

export type DeleteAccountInput = RequestBody<'/api/auth/me/delete/'>;

export async function deleteAccount(input: DeleteAccountInput): Promise<void> {
  await unwrap(api.POST('/api/auth/me/delete/', { body: input }));
}

/** Deletes the account; the server logs the session out, and nothing of it stays cached here. */
export function useDeleteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAccount,
    onSuccess: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData<Me>(meQueryKey, signedOut);
    },
  });
}
