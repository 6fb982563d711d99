import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RequestBody, ResponseBody } from '@/lib/api/types';
import type { paths } from '@/lib/api/schema';

export type CuratedResource = ResponseBody<'/api/curation/resources/'>[number];
export type ResourceFilters = NonNullable<paths['/api/curation/resources/']['get']['parameters']['query']>;
export type ResourceCreateInput = RequestBody<'/api/curation/resources/create/'>;
export type ResourceUpdateInput = RequestBody<'/api/curation/resources/{slug}/update/', 'patch'>;

export const curationKeys = {
  all: ['curation'] as const,
  resources: (filters: ResourceFilters) => ['curation', 'resources', filters] as const,
  suggestions: (status: string) => ['curation', 'suggestions', status] as const,
  log: ['curation', 'log'] as const,
  linkReports: ['curation', 'link-reports'] as const,
};

export function useCuratedResources(filters: ResourceFilters) {
  return useQuery({
    queryKey: curationKeys.resources(filters),
    queryFn: () => unwrap(api.GET('/api/curation/resources/', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  });
}

/** Every curation write can change the resources, the queue and the log: refetch them all. */
export function useCurationRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: curationKeys.all });
}

export function useCreateResource() {
  const refresh = useCurationRefresh();
  return useMutation({
    mutationFn: (input: ResourceCreateInput) => unwrap(api.POST('/api/curation/resources/create/', { body: input })),
    onSuccess: refresh,
  });
}

export function useUpdateResource() {
  const refresh = useCurationRefresh();
  return useMutation({
    mutationFn: ({ slug, changes }: { slug: string; changes: ResourceUpdateInput }) =>
      unwrap(api.PATCH('/api/curation/resources/{slug}/update/', { params: { path: { slug } }, body: changes })),
    onSuccess: refresh,
  });
}

export function useRetireResource() {
  const refresh = useCurationRefresh();
  return useMutation({
    mutationFn: (slug: string) => unwrap(api.POST('/api/curation/resources/{slug}/retire/', { params: { path: { slug } } })),
    onSuccess: refresh,
  });
}
