import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ResponseBody } from '@/lib/api/types';

export type Submission = ResponseBody<'/api/exercises/submissions/{id}/'>;

/** Answers 202: the attempt is stored and queued (or already graded when grading runs in-process). */
export function createSubmission(instanceId: string, answer: string): Promise<Submission> {
  return unwrap(
    api.POST('/api/exercises/instances/{id}/submissions/', { params: { path: { id: instanceId } }, body: { answer } }),
  );
}

export function useCreateSubmission(instanceId: string) {
  return useMutation({ mutationFn: (answer: string) => createSubmission(instanceId, answer) });
}
