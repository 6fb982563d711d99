import { useEffect, useState } from 'react';
import { useCreateSubmission } from '../api/create-submission';
import { isChecking, useSubmissionVerdict } from '../api/get-submission';
import { useAttempts } from './attempts';

/** After this long a pending check says so, and invites the learner to keep working. */
export const SLOW_CHECK_MS = 30_000;

/**
 * Sends answers and follows each to its verdict: submit, then long-poll while the grader works.
 * Every attempt lands in the instance's history, newest last.
 */
export function useAnswerChecking(instanceId: string) {
  const { attempts, record } = useAttempts(instanceId);
  const submission = useCreateSubmission(instanceId);
  const latest = attempts.at(-1);
  const pendingId = latest && isChecking(latest) ? latest.id : null;
  const verdict = useSubmissionVerdict(pendingId);
  const [slowId, setSlowId] = useState<string | null>(null);

  useEffect(() => {
    if (verdict.data && verdict.data.id === pendingId) record(verdict.data);
  }, [verdict.data, pendingId, record]);

  useEffect(() => {
    if (!pendingId) return;
    const timer = window.setTimeout(() => setSlowId(pendingId), SLOW_CHECK_MS);
    return () => window.clearTimeout(timer);
  }, [pendingId]);

  return {
    attempts,
    latest,
    submit: (answer: string) => submission.mutate(answer, { onSuccess: record }),
    submitting: submission.isPending,
    submitError: submission.error,
    slow: pendingId !== null && slowId === pendingId,
    checkError: pendingId !== null && verdict.isError ? verdict.error : null,
    retryCheck: () => void verdict.refetch(),
  };
}
