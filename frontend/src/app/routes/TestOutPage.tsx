import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/States';
import { useMe } from '@/features/auth/api/get-me';
import { useAssessment, useStartTestOut } from '@/features/placement/api/assessments';
import { AssessmentRunner } from '@/features/placement/components/AssessmentRunner';
import styles from '@/features/placement/components/Assessment.module.css';
import { useTopic } from '@/features/topics/api/get-topic';
import { useDocumentTitle } from '@/lib/use-document-title';
import { renderQuizQuestion } from './quiz-question';

export default function TestOutPage() {
  const { topic = '' } = useParams();
  const me = useMe();
  const details = useTopic(topic);
  const title = details.data?.title ?? topic;
  useDocumentTitle(`Test out: ${title}`);
  const start = useStartTestOut();
  const [id, setId] = useState<string | null>(null);
  const quiz = useAssessment(id);

  if (me.isPending) return <LoadingState label="Loading…" />;
  if (!me.data?.user) {
    return (
      <div className={styles.page}>
        <h1>Test out of {title}</h1>
        <p>
          <Link to={`/login?next=/test-out/${topic}`}>Log in</Link> to claim a topic you already know.
        </p>
      </div>
    );
  }
  const assessment = quiz.data ?? null;

  return (
    <div className={styles.page}>
      <h1>Test out of {title}</h1>
      {assessment?.status === 'active' && <AssessmentRunner assessment={assessment} renderQuestion={renderQuizQuestion} />}
      {assessment?.status === 'finished' &&
        (assessment.passed ? (
          <section aria-labelledby="test-out-result" className={styles.result}>
            <h2 id="test-out-result" className={styles.passed}>
              Passed: {title} is yours
            </h2>
            <p>
              {assessment.right} of {assessment.answered} right. {title}
              {assessment.credited.length > 1
                ? ` and the ${assessment.credited.length - 1} topics it builds on are`
                : ' is'}{' '}
              now credited as mastered; a review in about a week will check it stuck.
            </p>
            <p className={styles.actions}>
              <Link className="button" to="/plan">
                Back to your plan
              </Link>
            </p>
          </section>
        ) : (
          <section aria-labelledby="test-out-result" className={styles.result}>
            <h2 id="test-out-result">Not this time</h2>
            <p>
              {assessment.right} of {assessment.answered} right: not enough to claim the topic. Nothing is lost: your
              answers count as practice, and your plan will take you through {title}.
            </p>
            <p className={styles.actions}>
              <Link className="button" to={`/practise/${topic}`}>
                Practise {title}
              </Link>
              <Link to="/plan">Back to your plan</Link>
            </p>
          </section>
        ))}
      {!assessment && (
        <section className={styles.intro}>
          <p>
            Already know this? Answer two of at most three questions right and {title} is credited as mastered, together
            with everything it builds on. Questions are typical exercises of the topic, graded as usual.
          </p>
          {start.isError && <ErrorState error={start.error} />}
          {quiz.isError && <ErrorState error={quiz.error} onRetry={() => void quiz.refetch()} />}
          <div className={styles.actions}>
            <button
              type="button"
              className="button"
              disabled={start.isPending}
              onClick={() => start.mutate(topic, { onSuccess: (started) => setId(started.id) })}
            >
              {start.isPending ? 'Preparing the quiz…' : 'Start the quiz'}
            </button>
            <Link to={`/topics/${topic}`}>Back to the topic</Link>
          </div>
        </section>
      )}
    </div>
  );
}
