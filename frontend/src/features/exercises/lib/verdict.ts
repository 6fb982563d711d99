import type { Submission } from '../api/create-submission';

export type Verdict = 'checking' | 'correct' | 'incorrect' | 'unreadable' | 'failed';

const NOT_READING_PROBLEMS = new Set(['grader_error', 'too_complex', 'grading_failed']);

export function verdictOf(submission: Submission): Verdict {
  if (submission.status === 'queued' || submission.status === 'grading') return 'checking';
  if (submission.status === 'failed') return 'failed';
  if (submission.correct) return 'correct';
  if (!submission.interpretation && !NOT_READING_PROBLEMS.has(submission.code)) return 'unreadable';
  return 'incorrect';
}

/** Right value, wrong shape of answer: a decimal where an exact value was asked for, say. */
export const rightValueWrongForm = (submission: Submission) =>
  !submission.correct &&
  submission.form_ok === false &&
  (submission.code === 'decimal_not_exact' || submission.code === 'form_not_met');

export const verdictLabels: Record<Verdict, string> = {
  checking: 'Checking…',
  correct: 'Correct',
  incorrect: 'Not quite',
  unreadable: 'We could not read that answer',
  failed: 'We could not check this answer',
};
