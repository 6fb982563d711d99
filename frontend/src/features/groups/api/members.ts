import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { groupKeys, type GroupDetail } from './groups';

export type Sharing = { share_progress?: boolean; share_hours?: boolean; digest_email?: boolean };
export type MemberRole = 'admin' | 'member';

/** Membership changes alter the member list and what the heatmap and weekly goal may show. */
function useRefreshGroup(id: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: groupKeys.detail(id) });
    void queryClient.invalidateQueries({ queryKey: groupKeys.mine });
  };
}

/** The boxes show the new choice at once (the group is refetched after); a refused save puts it back. */
export function useUpdateSharing(id: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshGroup(id);
  return useMutation({
    mutationFn: (sharing: Sharing) =>
      unwrap(api.PATCH('/api/groups/{group_id}/me/', { params: { path: { group_id: id } }, body: sharing })),
    onMutate: async (sharing: Sharing) => {
      await queryClient.cancelQueries({ queryKey: groupKeys.detail(id), exact: true });
      const before = queryClient.getQueryData<GroupDetail>(groupKeys.detail(id));
      if (before) queryClient.setQueryData<GroupDetail>(groupKeys.detail(id), { ...before, ...sharing });
      return { before };
    },
    onError: (_error, _sharing, context) => {
      if (context?.before) queryClient.setQueryData(groupKeys.detail(id), context.before);
    },
    onSettled: refresh,
  });
}

export function useSetMemberRole(id: string) {
  const refresh = useRefreshGroup(id);
  return useMutation({
    mutationFn: ({ userId, role }: { userId: number; role: MemberRole }) =>
      unwrap(
        api.PATCH('/api/groups/{group_id}/members/{user_id}/', {
          params: { path: { group_id: id, user_id: userId } },
          body: { role },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useRemoveMember(id: string) {
  const refresh = useRefreshGroup(id);
  return useMutation({
    mutationFn: async (userId: number) => {
      await unwrap(
        api.DELETE('/api/groups/{group_id}/members/{user_id}/', { params: { path: { group_id: id, user_id: userId } } }),
      );
    },
    onSuccess: refresh,
  });
}

export function useTransferOwnership(id: string) {
  const refresh = useRefreshGroup(id);
  return useMutation({
    mutationFn: (userId: number) =>
      unwrap(api.POST('/api/groups/{group_id}/transfer/', { params: { path: { group_id: id } }, body: { user_id: userId } })),
    onSuccess: refresh,
  });
}
