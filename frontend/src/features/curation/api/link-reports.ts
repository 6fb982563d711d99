import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ResponseBody } from '@/lib/api/types';
import { curationKeys } from './resources';

export type LinkReport = ResponseBody<'/api/curation/link-reports/'>[number];

export function useLinkReports() {
  return useQuery({
    queryKey: curationKeys.linkReports,
    queryFn: () => unwrap(api.GET('/api/curation/link-reports/', { params: { query: { limit: 10 } } })),
    // A run in progress fills in over a few seconds.
    refetchInterval: (query) => (query.state.data?.some((report) => report.finished_at === null) ? 3000 : false),
  });
}

export function useStartLinkCheck() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/curation/link-reports/start/')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: curationKeys.linkReports }),
  });
}
