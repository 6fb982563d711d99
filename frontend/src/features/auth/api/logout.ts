import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { meQueryKey, signedOut, type Me } from './get-me';

export async function logout(): Promise<void> {
  await unwrap(api.POST('/api/auth/logout/'));
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => queryClient.setQueryData<Me>(meQueryKey, signedOut),
  });
}
