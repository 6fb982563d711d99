import type { Submission } from '../api/create-submission';

/** Verdicts that judge the mathematics and so answer a placement question (the server's
 * EVIDENCE_CODES). An answer the grader could not read can simply be typed again. */
const EVIDENCE = new Set(['correct', 'incorrect', 'mistake', 'wrong_shape', 'undefined']);

export function isEvidence(submission: Submission): boolean {
  return submission.status === 'graded' && EVIDENCE.has(submission.code);
}
