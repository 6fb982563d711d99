import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Submission } from './create-submission';

/** Seconds the server may hold the request open while the grader works. */
const LONG_POLL_SECONDS = 3;

export const submissionQueryKey = (id: string) => ['exercises', 'submissions', id] as const;

export const isChecking = (submission: Pick<Submission, 'status'> | undefined) =>
  submission?.status === 'queued' || submission?.status === 'grading';

export function getSubmission(id: string, signal?: AbortSignal): Promise<Submission> {
  return unwrap(
    api.GET('/api/exercises/submissions/{id}/', {
      params: { path: { id }, query: { wait: LONG_POLL_SECONDS } },
      signal,
    }),
  );
}

/** Long-polls a submission until it has a verdict; `id` null polls nothing. */
export function useSubmissionVerdict(id: string | null) {
  return useQuery({
    queryKey: submissionQueryKey(id ?? ''),
    queryFn: ({ signal }) => getSubmission(id as string, signal),
    enabled: id !== null,
    staleTime: Infinity,
    refetchInterval: (query) => (isChecking(query.state.data) ? 250 : false),
    refetchIntervalInBackground: true,
    retry: 3,
  });
}
