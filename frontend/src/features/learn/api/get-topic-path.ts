import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ResponseBody } from '@/lib/api/types';

export type TopicPath = ResponseBody<'/api/topics/{slug}/path/'>;
export type PathStep = TopicPath['topics'][number];

export const topicPathQueryKey = (slug: string) => ['topics', slug, 'path'] as const;

export function getTopicPath(slug: string): Promise<TopicPath> {
  return unwrap(api.GET('/api/topics/{slug}/path/', { params: { path: { slug } } }));
}

export function useTopicPath(slug: string) {
  return useQuery({ queryKey: topicPathQueryKey(slug), queryFn: () => getTopicPath(slug) });
}
