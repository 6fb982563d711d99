import Markdown from '@/components/Markdown';
import { Tex } from '@/components/Tex';
import type { Submission } from '../api/create-submission';
import { sentence, suggestionSentence } from '../lib/messages';
import { rightValueWrongForm, verdictLabels, verdictOf } from '../lib/verdict';
import { SourceWithError } from './SourceWithError';
import styles from './FeedbackPanel.module.css';

type Props = {
  submission: Submission;
  /** The check has taken long enough to say so. */
  slow?: boolean;
  checkError?: unknown;
  onRetryCheck?: () => void;
};

const icons = { correct: '✓', incorrect: '✗', unreadable: '?', failed: '!', checking: '' } as const;

// "Not quite: …" would repeat the heading.
const withoutLead = (feedback: string) => feedback.replace(/^not quite:\s*/i, '');
const typedAsText = (answer: string) => !answer.includes('\\');

/** The verdict on the latest attempt: checking, correct, not quite (with why), or unreadable. */
export function FeedbackPanel({ submission, slow = false, checkError, onRetryCheck }: Props) {
  const verdict = verdictOf(submission);

  if (verdict === 'checking') {
    return (
      <div className={`${styles.panel} ${styles.checking}`}>
        <p className={styles.verdict}>
          {!slow && !checkError && <span className={styles.pulse} aria-hidden="true" />}
          {verdictLabels.checking}
        </p>
        {slow && !checkError && <p>Still checking — you can keep working; we’ll show the result here.</p>}
        {Boolean(checkError) && (
          <p>
            We could not reach the checker just now.{' '}
            <button type="button" className="link-button" onClick={onRetryCheck}>
              Check again
            </button>
          </p>
        )}
      </div>
    );
  }

  const readAs = submission.interpretation && (
    <p className={styles.readAs}>
      <span className={styles.label}>Read as</span> <Tex latex={submission.interpretation} />
    </p>
  );

  return (
    <div className={`${styles.panel} ${styles[verdict]}`}>
      <p className={styles.verdict}>
        <span className={styles.icon} aria-hidden="true">
          {icons[verdict]}
        </span>
        {verdictLabels[verdict]}
      </p>
      {verdict !== 'correct' && submission.feedback && (
        <div className={styles.feedback}>
          {/* A known mistake's feedback is written by an author, in Markdown with maths; the grader's own
              messages are plain phrases, where a * means times, not emphasis. */}
          {submission.code === 'mistake' ? (
            <Markdown>{submission.feedback}</Markdown>
          ) : (
            <p>{sentence(withoutLead(submission.feedback))}</p>
          )}
        </div>
      )}
      {rightValueWrongForm(submission) && (
        <p className={styles.formNote}>Your value is right, but it is not in the form the question asks for.</p>
      )}
      {verdict === 'unreadable' && submission.error_position !== null && typedAsText(submission.answer) && (
        <p>
          <SourceWithError source={submission.answer} position={submission.error_position} />
        </p>
      )}
      {verdict === 'unreadable' && submission.suggestion && <p>{suggestionSentence(submission.suggestion)}</p>}
      {readAs}
    </div>
  );
}
