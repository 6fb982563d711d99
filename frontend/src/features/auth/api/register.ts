import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RequestBody } from '@/lib/api/types';
import { meQueryKey, type Me, type User } from './get-me';

export type RegisterInput = RequestBody<'/api/auth/register/'>;

export function register(input: RegisterInput): Promise<User> {
  return unwrap(api.POST('/api/auth/register/', { body: input }));
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: (user) => queryClient.setQueryData<Me>(meQueryKey, { authenticated: true, user, is_curator: false, is_staff: false }),
  });
}
