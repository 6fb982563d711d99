import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RequestBody, ResponseBody } from '@/lib/api/types';
import { curationKeys, useCurationRefresh } from './resources';

export type QueuedSuggestion = ResponseBody<'/api/curation/suggestions/'>[number];
export type ApproveInput = RequestBody<'/api/curation/suggestions/{id}/approve/'>;

export function useSuggestionQueue(status: QueuedSuggestion['status'] = 'pending') {
  return useQuery({
    queryKey: curationKeys.suggestions(status),
    queryFn: () => unwrap(api.GET('/api/curation/suggestions/', { params: { query: { status } } })),
  });
}

export function useApproveSuggestion() {
  const refresh = useCurationRefresh();
  return useMutation({
    mutationFn: ({ id, changes }: { id: number; changes: ApproveInput }) =>
      unwrap(api.POST('/api/curation/suggestions/{id}/approve/', { params: { path: { id } }, body: changes })),
    onSuccess: refresh,
  });
}

export function useRejectSuggestion() {
  const refresh = useCurationRefresh();
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) =>
      unwrap(api.POST('/api/curation/suggestions/{id}/reject/', { params: { path: { id } }, body: { reason } })),
    onSuccess: refresh,
  });
}
