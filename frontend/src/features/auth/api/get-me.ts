import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ResponseBody } from '@/lib/api/types';

export type Me = ResponseBody<'/api/auth/me/'>;
export type User = NonNullable<Me['user']>;

export const meQueryKey = ['auth', 'me'] as const;

export const signedOut: Me = { authenticated: false, user: null, is_curator: false, is_staff: false };

export function getMe(): Promise<Me> {
  return unwrap(api.GET('/api/auth/me/'));
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: getMe, staleTime: 60_000 });
}
