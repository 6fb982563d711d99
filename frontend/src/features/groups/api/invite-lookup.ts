import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ResponseBody } from '@/lib/api/types';

export type InvitePreview = ResponseBody<'/api/groups/invites/{code}/'>;

/** What an invite leads to, before joining. An unknown code is a 404, not worth retrying. */
export function useInvitePreview(code: string) {
  return useQuery({
    queryKey: ['groups', 'invite', code],
    queryFn: () => unwrap(api.GET('/api/groups/invites/{code}/', { params: { path: { code } } })),
    retry: false,
  });
}
