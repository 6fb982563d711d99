import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { instanceQueryKey, type Instance } from './get-instance';

/** Shows the worked solution and the answer; the backend records this as giving up. */
export function revealSolution(id: string): Promise<Instance> {
  return unwrap(api.POST('/api/exercises/instances/{id}/solution/', { params: { path: { id } } }));
}

export function useRevealSolution(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => revealSolution(id),
    onSuccess: (instance) => queryClient.setQueryData(instanceQueryKey(id), instance),
  });
}
