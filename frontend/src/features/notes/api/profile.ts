import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RequestBody, ResponseBody } from '@/lib/api/types';

export type NotesProfile = ResponseBody<'/api/groups/profile/'>;
export type ProfileInput = RequestBody<'/api/groups/profile/', 'patch'>;
export type PublicProfile = ResponseBody<'/api/groups/people/{username}/'>;

export const DISPLAY_NAME_MAX = 60;

const profileKeys = {
  mine: ['notes', 'profile'] as const,
  person: (username: string) => ['people', username] as const,
};

export function useNotesProfile() {
  return useQuery({ queryKey: profileKeys.mine, queryFn: () => unwrap(api.GET('/api/groups/profile/')) });
}

export function useUpdateNotesProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProfileInput) => unwrap(api.PATCH('/api/groups/profile/', { body: input })),
    onSuccess: (profile) => {
      queryClient.setQueryData(profileKeys.mine, profile);
      void queryClient.invalidateQueries({ queryKey: profileKeys.person(profile.username) });
    },
  });
}

export function usePublicProfile(username: string) {
  return useQuery({
    queryKey: profileKeys.person(username),
    queryFn: () => unwrap(api.GET('/api/groups/people/{username}/', { params: { path: { username } } })),
    retry: false,
  });
}
