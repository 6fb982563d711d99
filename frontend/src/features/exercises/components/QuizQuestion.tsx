import { useEffect, useRef } from 'react';
import Markdown from '@/components/Markdown';
import { ErrorState, LoadingState } from '@/components/States';
import { useInstance } from '../api/get-instance';
import { isEvidence } from '../lib/evidence';
import { useAnswerChecking } from '../lib/use-answer-checking';
import { AnswerForm } from './AnswerForm';
import { VerdictRegion } from './VerdictRegion';
import styles from './QuizQuestion.module.css';

type Props = {
  instanceId: string;
  topicTitle: string;
  onNext: () => void;
  onDontKnow: () => void;
  busy: boolean;
};

/** One quiz question (placement or test-out): the exercise without hints or solution. Once an
 * answer is graded on its mathematics the learner moves on; an answer the grader could not read
 * can be typed again. */
export function QuizQuestion({ instanceId, topicTitle, onNext, onDontKnow, busy }: Props) {
  const instance = useInstance(instanceId);
  const checking = useAnswerChecking(instanceId);
  const latest = checking.latest;
  const answered = latest !== undefined && isEvidence(latest);
  const nextRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (answered) nextRef.current?.focus();
  }, [answered]);

  if (instance.isPending) return <LoadingState label="Loading the question…" />;
  if (instance.isError) return <ErrorState error={instance.error} onRetry={() => void instance.refetch()} />;

  return (
    <article className={styles.card} aria-labelledby="question-title">
      <p className={styles.topic}>{topicTitle}</p>
      <h2 id="question-title" className={styles.title}>
        {instance.data.template.title}
      </h2>
      <div className={styles.prompt}>
        <Markdown>{instance.data.prompt}</Markdown>
      </div>
      {!answered && (
        <AnswerForm
          instance={instance.data}
          onSubmit={checking.submit}
          submitting={checking.submitting}
          submitError={checking.submitError}
        />
      )}
      <VerdictRegion checking={checking} />
      <div className={styles.actions}>
        {answered ? (
          <button ref={nextRef} type="button" className="button" onClick={onNext} disabled={busy}>
            {busy ? 'Moving on…' : 'Next'}
          </button>
        ) : (
          <button
            type="button"
            className="button secondary"
            onClick={onDontKnow}
            disabled={busy || checking.submitting}
          >
            I don&rsquo;t know
          </button>
        )}
      </div>
    </article>
  );
}
