import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ResponseBody } from '@/lib/api/types';

export type RoleSummary = ResponseBody<'/api/roles/'>[number];

export const rolesQueryKey = ['roles'] as const;

export function getRoles(): Promise<RoleSummary[]> {
  return unwrap(api.GET('/api/roles/'));
}

export function useRoles() {
  return useQuery({ queryKey: rolesQueryKey, queryFn: getRoles });
}
