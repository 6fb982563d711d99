import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ResponseBody } from '@/lib/api/types';

export type SharedNote = ResponseBody<'/api/groups/{group_id}/notes/'>[number];

export function useGroupNotes(groupId: string, topic?: string) {
  return useQuery({
    queryKey: ['notes', 'group', groupId, topic ?? ''] as const,
    queryFn: () =>
      unwrap(
        api.GET('/api/groups/{group_id}/notes/', {
          params: { path: { group_id: groupId }, query: topic ? { topic } : {} },
        }),
      ),
  });
}
