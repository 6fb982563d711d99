import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/States';
import { useMe } from '@/features/auth/api/get-me';
import { useProfile } from '@/features/plan/api/plan';
import { usePlacement, useSkipPlacement, useStartPlacement } from '@/features/placement/api/assessments';
import { AssessmentRunner } from '@/features/placement/components/AssessmentRunner';
import { PlacementResult } from '@/features/placement/components/PlacementResult';
import styles from '@/features/placement/components/Assessment.module.css';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useSignInPaths } from '@/lib/use-sign-in-paths';
import { renderQuizQuestion } from './quiz-question';

export default function PlacementPage() {
  useDocumentTitle('Placement');
  const me = useMe();
  const signIn = useSignInPaths();
  const signedIn = Boolean(me.data?.user);
  const profile = useProfile();
  const placement = usePlacement(signedIn);
  const start = useStartPlacement();
  const skip = useSkipPlacement();

  if (me.isPending) return <LoadingState label="Loading…" />;
  if (!signedIn) {
    return (
      <div className={styles.page}>
        <h1>Placement</h1>
        <p>
          <Link to={signIn.login}>Log in</Link> or <Link to={signIn.register}>create an account</Link> to find out
          which topics you already know.
        </p>
      </div>
    );
  }
  if (profile.isPending || placement.isPending) return <LoadingState label="Loading your placement…" />;
  if (profile.isError) return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  if (placement.isError) return <ErrorState error={placement.error} onRetry={() => void placement.refetch()} />;
  if (!profile.data) {
    return (
      <div className={styles.page}>
        <h1>Placement</h1>
        <p>
          Placement checks the topics of your goal, so <Link to="/plan">set up your plan</Link> first: choose a role or
          your own topics and your time budget.
        </p>
      </div>
    );
  }

  const current = placement.data;
  if (current?.status === 'active') {
    return (
      <div className={styles.page}>
        <h1>Placement</h1>
        <AssessmentRunner assessment={current} renderQuestion={renderQuizQuestion} />
      </div>
    );
  }

  return (
    <div className={styles.page}>
      <h1>Placement</h1>
      {current?.status === 'finished' && <PlacementResult assessment={current} />}
      <section className={styles.intro} aria-labelledby="placement-intro">
        <h2 id="placement-intro">{current?.status === 'finished' ? 'Take it again' : 'Find out what you already know'}</h2>
        <p>
          A short adaptive quiz over the topics of your goal. Each answer tells us about several topics at once (solve a
          question on eigenvalues and you clearly know matrices), so it asks only what it needs: usually 10 to 25
          questions. Say &ldquo;I don&rsquo;t know&rdquo; whenever that is true; guessing only slows it down.
        </p>
        <p>
          Topics you know are credited, so your plan starts where you are. You can stop at any time and come back later;
          your answers are kept.
        </p>
        {start.isError && <ErrorState error={start.error} />}
        {skip.isError && <ErrorState error={skip.error} />}
        <div className={styles.actions}>
          <button type="button" className="button" onClick={() => start.mutate()} disabled={start.isPending}>
            {start.isPending ? 'Preparing the first question…' : current?.status === 'finished' ? 'Start again' : 'Start placement'}
          </button>
          {!current && (
            <button type="button" className="button secondary" onClick={() => skip.mutate()} disabled={skip.isPending}>
              Skip: start from the beginning
            </button>
          )}
          {current?.status === 'skipped' && <Link to="/plan">Back to your plan</Link>}
        </div>
      </section>
    </div>
  );
}
