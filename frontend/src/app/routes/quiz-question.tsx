import { QuizQuestion } from '@/features/exercises/components/QuizQuestion';
import type { AssessmentQuestion } from '@/features/placement/api/assessments';
import type { QuestionControls } from '@/features/placement/components/AssessmentRunner';

/** Placement and test-out questions are exercises: the two features meet here. */
export function renderQuizQuestion(question: AssessmentQuestion, controls: QuestionControls) {
  return (
    <QuizQuestion
      instanceId={question.instance}
      topicTitle={question.topic_title}
      onNext={controls.next}
      onDontKnow={controls.dontKnow}
      busy={controls.busy}
    />
  );
}
