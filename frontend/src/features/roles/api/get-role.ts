import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ResponseBody } from '@/lib/api/types';

export type RoleDetail = ResponseBody<'/api/roles/{slug}/'>;

export const roleQueryKey = (slug: string) => ['roles', slug] as const;

export function getRole(slug: string): Promise<RoleDetail> {
  return unwrap(api.GET('/api/roles/{slug}/', { params: { path: { slug } } }));
}

export function useRole(slug: string) {
  return useQuery({ queryKey: roleQueryKey(slug), queryFn: () => getRole(slug) });
}
