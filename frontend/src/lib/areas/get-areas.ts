import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ResponseBody } from '@/lib/api/types';
import { titleFromSlug } from './colours';

export type Area = ResponseBody<'/api/areas/'>[number];

export const areasQueryKey = ['areas'] as const;

export function getAreas(): Promise<Area[]> {
  return unwrap(api.GET('/api/areas/'));
}

export function useAreas() {
  return useQuery({ queryKey: areasQueryKey, queryFn: getAreas, staleTime: Infinity });
}

/** The area's title, or a readable stand-in while the list loads or if it failed. */
export function useAreaTitle(slug: string): string {
  const { data } = useAreas();
  return data?.find((area) => area.slug === slug)?.title ?? titleFromSlug(slug);
}
