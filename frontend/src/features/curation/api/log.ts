import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ResponseBody } from '@/lib/api/types';
import { curationKeys, useCurationRefresh } from './resources';

export type LogEntry = ResponseBody<'/api/curation/log/'>[number];

export function useCurationLog() {
  return useQuery({
    queryKey: curationKeys.log,
    queryFn: () => unwrap(api.GET('/api/curation/log/', { params: { query: { limit: 100 } } })),
  });
}

export function useRevertLogEntry() {
  const refresh = useCurationRefresh();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.POST('/api/curation/log/{id}/revert/', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}
