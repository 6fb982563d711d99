import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RequestBody } from '@/lib/api/types';
import { meQueryKey, type Me, type User } from './get-me';

export type LoginInput = RequestBody<'/api/auth/login/'>;

export function login(input: LoginInput): Promise<User> {
  return unwrap(api.POST('/api/auth/login/', { body: input }));
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      // Show the user at once; whether they curate comes with the refetch.
      queryClient.setQueryData<Me>(meQueryKey, { authenticated: true, user, is_curator: false, is_staff: false });
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
