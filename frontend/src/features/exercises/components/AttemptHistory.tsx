import { Tex } from '@/components/Tex';
import type { Submission } from '../api/create-submission';
import { verdictOf, type Verdict } from '../lib/verdict';
import styles from './AttemptHistory.module.css';

const labels: Record<Verdict, [string, string]> = {
  checking: ['…', 'Checking'],
  correct: ['✓', 'Correct'],
  incorrect: ['✗', 'Not quite'],
  unreadable: ['?', 'Could not read'],
  failed: ['!', 'Not checked'],
};

/** Every attempt at this exercise, newest first. */
export function AttemptHistory({ attempts }: { attempts: readonly Submission[] }) {
  return (
    <section className={styles.history} aria-labelledby="attempts-title">
      <h2 id="attempts-title" className={styles.title}>
        Your attempts
      </h2>
      <ol className={styles.list} reversed>
        {[...attempts].reverse().map((attempt) => {
          const verdict = verdictOf(attempt);
          return (
            <li key={attempt.id} className={styles.attempt}>
              <span className={`${styles.badge} ${styles[verdict]}`}>
                <span aria-hidden="true">{labels[verdict][0]}</span> {labels[verdict][1]}
              </span>
              <span className={styles.answer}>
                {attempt.interpretation ? <Tex latex={attempt.interpretation} /> : <code>{attempt.answer}</code>}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
