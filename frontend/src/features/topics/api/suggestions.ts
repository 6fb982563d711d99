import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RequestBody, ResponseBody } from '@/lib/api/types';

export type Suggestion = ResponseBody<'/api/suggestions/'>[number];
export type SuggestionInput = RequestBody<'/api/suggestions/create/'>;

export const mySuggestionsQueryKey = ['suggestions', 'mine'] as const;

export function useMySuggestions(enabled: boolean) {
  return useQuery({
    queryKey: mySuggestionsQueryKey,
    queryFn: () => unwrap(api.GET('/api/suggestions/')),
    enabled,
  });
}

export function useSuggestResource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SuggestionInput) => unwrap(api.POST('/api/suggestions/create/', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mySuggestionsQueryKey }),
  });
}
