import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RequestBody } from '@/lib/api/types';
import { instanceQueryKey, type Instance } from './get-instance';

export type CreateInstanceInput = RequestBody<'/api/exercises/instances/'>;

export function createInstance(input: CreateInstanceInput): Promise<Instance> {
  return unwrap(api.POST('/api/exercises/instances/', { body: input }));
}

export function useCreateInstance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInstance,
    onSuccess: (instance) => queryClient.setQueryData(instanceQueryKey(instance.id), instance),
  });
}
