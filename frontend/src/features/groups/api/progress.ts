import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RequestBody, ResponseBody } from '@/lib/api/types';
import { groupKeys, LIVE_MS } from './groups';

export type Heatmap = ResponseBody<'/api/groups/{group_id}/heatmap/'>;
export type HeatmapLevel = NonNullable<Heatmap['rows'][number]['levels']>[number];
export type Weekly = ResponseBody<'/api/groups/{group_id}/weekly/'>;
export type WeeklyInput = RequestBody<'/api/groups/{group_id}/weekly/', 'put'>;
export type ActivityPage = ResponseBody<'/api/groups/{group_id}/activity/'>;
export type ActivityEvent = ActivityPage['events'][number];
export type GroupUser = ResponseBody<'/api/groups/{group_id}/helpers/'>[number];

export function useHeatmap(id: string) {
  return useQuery({
    queryKey: groupKeys.part(id, 'heatmap'),
    staleTime: LIVE_MS,
    queryFn: () => unwrap(api.GET('/api/groups/{group_id}/heatmap/', { params: { path: { group_id: id } } })),
  });
}

export function useWeekly(id: string) {
  return useQuery({
    queryKey: groupKeys.part(id, 'weekly'),
    staleTime: LIVE_MS,
    queryFn: () => unwrap(api.GET('/api/groups/{group_id}/weekly/', { params: { path: { group_id: id } } })),
  });
}

export function useSetWeekly(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: WeeklyInput) =>
      unwrap(api.PUT('/api/groups/{group_id}/weekly/', { params: { path: { group_id: id } }, body: input })),
    onSuccess: (weekly) => queryClient.setQueryData(groupKeys.part(id, 'weekly'), weekly),
  });
}

const FEED_PAGE = 20;

export function useActivity(id: string) {
  return useInfiniteQuery({
    queryKey: groupKeys.part(id, 'activity'),
    staleTime: LIVE_MS,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/groups/{group_id}/activity/', {
          params: { path: { group_id: id }, query: { limit: FEED_PAGE, ...(pageParam ? { before: pageParam } : {}) } },
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.next_before,
  });
}

export function useHelpers(id: string, topic: string) {
  return useQuery({
    queryKey: groupKeys.part(id, 'helpers', topic),
    staleTime: LIVE_MS,
    queryFn: () =>
      unwrap(api.GET('/api/groups/{group_id}/helpers/', { params: { path: { group_id: id }, query: { topic } } })),
    enabled: topic !== '',
  });
}
