import { Link } from 'react-router';
import Markdown from '@/components/Markdown';
import { ErrorState } from '@/components/States';
import { useDocumentTitle } from '@/lib/use-document-title';
import type { Instance } from '../api/get-instance';
import { difficultyLabel } from '../lib/describe-templates';
import { useAnswerChecking } from '../lib/use-answer-checking';
import { AnswerForm } from './AnswerForm';
import { AttemptHistory } from './AttemptHistory';
import { HelpPanel } from './HelpPanel';
import { VerdictRegion } from './VerdictRegion';
import styles from './ExercisePlayer.module.css';

type Props = {
  instance: Instance;
  onTryAnother: () => void;
  preparingAnother: boolean;
  anotherError: unknown;
};

/** One exercise: the prompt, the answer input, the verdict, help, and this exercise's attempts. */
export function ExercisePlayer({ instance, onTryAnother, preparingAnother, anotherError }: Props) {
  useDocumentTitle(`Practise: ${instance.topic.title}`);
  const checking = useAnswerChecking(instance.id);
  const finished = instance.solution !== null || checking.attempts.some((attempt) => attempt.correct);

  return (
    <article className={styles.player} aria-labelledby="exercise-title">
      <header className={styles.header}>
        <p className={styles.meta}>
          <span>Practise</span>
          <span aria-hidden="true">·</span>
          <Link to={`/topics/${instance.topic.slug}`}>{instance.topic.title}</Link>
          <span aria-hidden="true">·</span>
          <span>{difficultyLabel(instance.template.difficulty)}</span>
        </p>
        <h1 id="exercise-title" className={styles.title}>
          {instance.template.title}
        </h1>
      </header>

      <section className={styles.card} aria-label="Question">
        <div className={styles.prompt}>
          <Markdown>{instance.prompt}</Markdown>
        </div>
        <AnswerForm
          instance={instance}
          onSubmit={checking.submit}
          submitting={checking.submitting}
          submitError={checking.submitError}
        />
        <VerdictRegion checking={checking} />
      </section>

      <HelpPanel instance={instance} />

      <div className={styles.next}>
        <button
          type="button"
          className={finished ? 'button' : 'button secondary'}
          onClick={onTryAnother}
          disabled={preparingAnother}
        >
          {preparingAnother ? 'Preparing another…' : 'Try another'}
        </button>
        {Boolean(anotherError) && <ErrorState error={anotherError} onRetry={onTryAnother} />}
      </div>

      {checking.attempts.length > 0 && <AttemptHistory attempts={checking.attempts} />}
    </article>
  );
}
