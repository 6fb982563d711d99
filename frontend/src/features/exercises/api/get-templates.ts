import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ResponseBody } from '@/lib/api/types';

export type ExerciseTemplate = ResponseBody<'/api/exercises/templates/'>[number];

export const templatesQueryKey = (topic: string) => ['exercises', 'templates', topic] as const;

export function getTemplates(topic: string): Promise<ExerciseTemplate[]> {
  return unwrap(api.GET('/api/exercises/templates/', { params: { query: { topic } } }));
}

export function useTemplates(topic: string) {
  return useQuery({ queryKey: templatesQueryKey(topic), queryFn: () => getTemplates(topic) });
}
