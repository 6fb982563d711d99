import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export type TopicChoice = { slug: string; title: string };

/** Every topic, for groups without a goal role (with one, the heatmap's roadmap is the list). */
export function useAllTopics(enabled: boolean) {
  return useQuery({
    queryKey: ['topics'] as const,
    queryFn: () => unwrap(api.GET('/api/topics/')),
    enabled,
  });
}
