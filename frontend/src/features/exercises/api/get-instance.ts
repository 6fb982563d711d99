import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ResponseBody } from '@/lib/api/types';

export type Instance = ResponseBody<'/api/exercises/instances/{id}/'>;
export type AnswerKind = Instance['kind'];

export const instanceQueryKey = (id: string) => ['exercises', 'instances', id] as const;

export function getInstance(id: string): Promise<Instance> {
  return unwrap(api.GET('/api/exercises/instances/{id}/', { params: { path: { id } } }));
}

export function useInstance(id: string) {
  // An instance changes only through this page's own hint and solution requests.
  return useQuery({ queryKey: instanceQueryKey(id), queryFn: () => getInstance(id), staleTime: Infinity });
}
