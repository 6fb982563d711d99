import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ResponseBody } from '@/lib/api/types';

export type TaskCounts = ResponseBody<'/api/ops/tasks/'>;

/** Background work for staff, refreshed every 5 seconds while the page is open. */
export function useTaskCounts() {
  return useQuery({
    queryKey: ['ops', 'tasks'],
    queryFn: () => unwrap(api.GET('/api/ops/tasks/')),
    refetchInterval: 5000,
  });
}
