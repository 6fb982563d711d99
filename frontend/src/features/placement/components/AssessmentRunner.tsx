import type { ReactNode } from 'react';
import { ErrorState, LoadingState } from '@/components/States';
import { openQuestion, useAssessmentStep, type Assessment, type AssessmentQuestion } from '../api/assessments';
import styles from './Assessment.module.css';

export type QuestionControls = { next: () => void; dontKnow: () => void; busy: boolean };

type Props = {
  assessment: Assessment;
  /** Draws the open question (the exercise itself comes from the exercises feature). */
  renderQuestion: (question: AssessmentQuestion, controls: QuestionControls) => ReactNode;
};

/** Progress through a placement or test-out quiz, its open question, and the way out. */
export function AssessmentRunner({ assessment, renderQuestion }: Props) {
  const step = useAssessmentStep(assessment.id);
  const question = openQuestion(assessment);
  const placement = assessment.kind === 'placement';
  const total = assessment.max_questions;
  const confidence = assessment.confidence ?? 0;

  return (
    <section className={styles.runner} aria-labelledby="assessment-progress">
      <div className={styles.progress}>
        <p id="assessment-progress" className={styles.count}>
          Question {assessment.answered + 1} of at most {total}
        </p>
        <progress max={total} value={assessment.answered} aria-labelledby="assessment-progress" />
        {placement && assessment.answered > 0 && (
          <p className={styles.confidence}>
            About {Math.round(confidence * 100)}% of your topics placed with confidence so far; placement stops as soon
            as the picture is clear.
          </p>
        )}
      </div>
      {question ? (
        <div key={question.instance}>
          {renderQuestion(question, {
            next: () => step.mutate('advance'),
            dontKnow: () => step.mutate('dont_know'),
            busy: step.isPending,
          })}
        </div>
      ) : (
        <LoadingState label="Choosing the next question…" />
      )}
      {step.isError && <ErrorState error={step.error} />}
      {placement && (
        <p className={styles.finish}>
          <button type="button" className="button secondary" onClick={() => step.mutate('stop')} disabled={step.isPending}>
            Finish now with what you have answered
          </button>
        </p>
      )}
    </section>
  );
}
