import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RequestBody } from '@/lib/api/types';

export type ChangePasswordInput = RequestBody<'/api/auth/password/'>;

export async function changePassword(input: ChangePasswordInput): Promise<void> {
  await unwrap(api.POST('/api/auth/password/', { body: input }));
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
