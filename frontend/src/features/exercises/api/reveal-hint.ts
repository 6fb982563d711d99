import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { instanceQueryKey, type Instance } from './get-instance';

export function revealHint(id: string): Promise<Instance> {
  return unwrap(api.POST('/api/exercises/instances/{id}/hints/', { params: { path: { id } } }));
}

export function useRevealHint(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => revealHint(id),
    onSuccess: (instance) => queryClient.setQueryData(instanceQueryKey(id), instance),
  });
}
