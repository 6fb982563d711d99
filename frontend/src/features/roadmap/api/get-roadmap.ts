import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ResponseBody } from '@/lib/api/types';

export type Roadmap = ResponseBody<'/api/roles/{slug}/roadmap/'>;
export type RoadmapTopic = Roadmap['topics'][number];
export type RoadmapEdge = Roadmap['edges'][number];

export const roadmapQueryKey = (slug: string) => ['roles', slug, 'roadmap'] as const;

export function getRoadmap(slug: string): Promise<Roadmap> {
  return unwrap(api.GET('/api/roles/{slug}/roadmap/', { params: { path: { slug } } }));
}

export function useRoadmap(slug: string) {
  return useQuery({ queryKey: roadmapQueryKey(slug), queryFn: () => getRoadmap(slug) });
}
