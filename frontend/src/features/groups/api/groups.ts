import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RequestBody, ResponseBody } from '@/lib/api/types';

export type MyGroup = ResponseBody<'/api/groups/'>[number];
export type GroupSummary = ResponseBody<'/api/groups/public/'>[number];
export type GroupDetail = ResponseBody<'/api/groups/{group_id}/'>;
export type GroupMember = NonNullable<GroupDetail['members']>[number];
export type GroupInput = RequestBody<'/api/groups/'>;

/** Group pages show other people's doings, so they refetch sooner than the curriculum does. */
export const LIVE_MS = 10_000;

export const groupKeys = {
  all: ['groups'] as const,
  mine: ['groups', 'mine'] as const,
  public: (q: string) => ['groups', 'public', q] as const,
  detail: (id: string) => ['groups', id] as const,
  part: (id: string, part: string, ...rest: unknown[]) => ['groups', id, part, ...rest] as const,
};

export function useMyGroups(enabled = true) {
  return useQuery({ queryKey: groupKeys.mine, staleTime: LIVE_MS, queryFn: () => unwrap(api.GET('/api/groups/')), enabled });
}

export function usePublicGroups(q: string, enabled = true) {
  return useQuery({
    queryKey: groupKeys.public(q),
    staleTime: LIVE_MS,
    queryFn: () => unwrap(api.GET('/api/groups/public/', { params: { query: { q, limit: 50 } } })),
    enabled,
  });
}

export function useGroup(id: string) {
  return useQuery({
    queryKey: groupKeys.detail(id),
    staleTime: LIVE_MS,
    queryFn: () => unwrap(api.GET('/api/groups/{group_id}/', { params: { path: { group_id: id } } })),
  });
}

export function useCreateGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: GroupInput) => unwrap(api.POST('/api/groups/', { body: input })),
    onSuccess: (group) => {
      queryClient.setQueryData(groupKeys.detail(group.id), group);
      void queryClient.invalidateQueries({ queryKey: groupKeys.mine });
    },
  });
}

export function useJoinGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/api/groups/join/', { body: { code } })),
    onSuccess: (group) => {
      queryClient.setQueryData(groupKeys.detail(group.id), group);
      void queryClient.invalidateQueries({ queryKey: groupKeys.mine });
    },
  });
}

export function useLeaveGroup(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/groups/{group_id}/leave/', { params: { path: { group_id: id } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: groupKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: groupKeys.mine });
    },
  });
}

/** The short code at the end of an invite link, or the code itself when that was pasted. */
export function inviteCode(text: string): string {
  const trimmed = text.trim();
  const match = /\/join\/([^/?#\s]+)/.exec(trimmed);
  return match?.[1] ? decodeURIComponent(match[1]) : trimmed;
}

export type GroupUpdate = RequestBody<'/api/groups/{group_id}/', 'patch'>;

export function useUpdateGroup(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: GroupUpdate) =>
      unwrap(api.PATCH('/api/groups/{group_id}/', { params: { path: { group_id: id } }, body: input })),
    onSuccess: (group) => {
      queryClient.setQueryData(groupKeys.detail(id), group);
      void queryClient.invalidateQueries({ queryKey: groupKeys.part(id, 'heatmap') });
      void queryClient.invalidateQueries({ queryKey: groupKeys.mine });
      // A new name or visibility changes the public list too.
      void queryClient.invalidateQueries({ queryKey: ['groups', 'public'] });
    },
  });
}

/** Owner only. The group's own queries go at once; the lists of groups refetch. */
export function useDeleteGroup(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await unwrap(api.DELETE('/api/groups/{group_id}/', { params: { path: { group_id: id } } }));
    },
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: groupKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: groupKeys.mine });
      void queryClient.invalidateQueries({ queryKey: ['groups', 'public'] });
    },
  });
}
