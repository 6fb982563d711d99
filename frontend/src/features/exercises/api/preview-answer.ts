import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RequestBody, ResponseBody } from '@/lib/api/types';

export type PreviewInput = RequestBody<'/api/exercises/preview/'>;
export type Preview = ResponseBody<'/api/exercises/preview/', 'post'>;

export function previewAnswer(input: PreviewInput, signal?: AbortSignal): Promise<Preview> {
  return unwrap(api.POST('/api/exercises/preview/', { body: input, signal }));
}

/**
 * How the backend reads an answer, without grading it. A POST, but a pure read: cached by its
 * input, and the previous reading stays on screen while the next one loads.
 */
export function usePreview(input: PreviewInput | null) {
  return useQuery({
    queryKey: ['exercises', 'preview', input] as const,
    queryFn: ({ signal }) => previewAnswer(input as PreviewInput, signal),
    enabled: input !== null,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
    retry: false,
  });
}
