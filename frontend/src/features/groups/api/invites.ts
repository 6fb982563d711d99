import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RequestBody, ResponseBody } from '@/lib/api/types';
import { groupKeys, LIVE_MS } from './groups';

export type Invite = ResponseBody<'/api/groups/{group_id}/invites/'>[number];
export type InviteInput = RequestBody<'/api/groups/{group_id}/invites/'>;

export function useInvites(id: string, enabled: boolean) {
  return useQuery({
    queryKey: groupKeys.part(id, 'invites'),
    staleTime: LIVE_MS,
    queryFn: () => unwrap(api.GET('/api/groups/{group_id}/invites/', { params: { path: { group_id: id } } })),
    enabled,
  });
}

export function useCreateInvite(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InviteInput) =>
      unwrap(api.POST('/api/groups/{group_id}/invites/', { params: { path: { group_id: id } }, body: input })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: groupKeys.part(id, 'invites') }),
  });
}

export function useRevokeInvite(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (inviteId: number) =>
      unwrap(
        api.POST('/api/groups/{group_id}/invites/{invite_id}/revoke/', {
          params: { path: { group_id: id, invite_id: inviteId } },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: groupKeys.part(id, 'invites') }),
  });
}

export function inviteLink(code: string, origin = window.location.origin): string {
  return `${origin}/join/${encodeURIComponent(code)}`;
}

export type InviteStatus = 'active' | 'revoked' | 'expired' | 'used up';

export function inviteStatus(invite: Invite, now = new Date()): InviteStatus {
  if (invite.revoked_at) return 'revoked';
  if (new Date(invite.expires_at) <= now) return 'expired';
  if (invite.max_uses !== null && invite.uses >= invite.max_uses) return 'used up';
  return 'active';
}
