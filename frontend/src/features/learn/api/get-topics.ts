import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ResponseBody } from '@/lib/api/types';

export type TopicSummary = ResponseBody<'/api/topics/'>[number];

export const topicsQueryKey = ['topics'] as const;

export function getTopics(): Promise<TopicSummary[]> {
  return unwrap(api.GET('/api/topics/'));
}

export function useTopics() {
  return useQuery({ queryKey: topicsQueryKey, queryFn: getTopics });
}
