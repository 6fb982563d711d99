import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ResponseBody } from '@/lib/api/types';

export type TopicDetail = ResponseBody<'/api/topics/{slug}/'>;
export type TopicResource = TopicDetail['resources'][number];

export const topicQueryKey = (slug: string) => ['topics', slug] as const;

export function getTopic(slug: string): Promise<TopicDetail> {
  return unwrap(api.GET('/api/topics/{slug}/', { params: { path: { slug } } }));
}

export function useTopic(slug: string) {
  return useQuery({ queryKey: topicQueryKey(slug), queryFn: () => getTopic(slug) });
}
