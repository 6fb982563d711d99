import { Link } from 'react-router';
import type { Assessment, PlacedTopic } from '../api/assessments';
import styles from './Assessment.module.css';

const GROUPS: { verdict: PlacedTopic['verdict']; title: string; blurb: string }[] = [
  { verdict: 'ready', title: 'Ready to learn', blurb: 'Everything these need looks known: your plan starts here.' },
  { verdict: 'known', title: 'Already known', blurb: 'Credited as mastered; a short review in about a week confirms it.' },
  { verdict: 'not_yet', title: 'Later', blurb: 'These build on topics still to learn.' },
];

/** What placement found: known, ready to learn and later, with the evidence for each topic. */
export function PlacementResult({ assessment }: { assessment: Assessment }) {
  const counts = Object.fromEntries(
    GROUPS.map(({ verdict }) => [verdict, assessment.placed.filter((t) => t.verdict === verdict).length]),
  ) as Record<PlacedTopic['verdict'], number>;
  const total = assessment.placed.length || 1;

  return (
    <section aria-labelledby="placement-result" className={styles.result}>
      <h2 id="placement-result">What you know</h2>
      <p>
        From {assessment.answered} answer{assessment.answered === 1 ? '' : 's'}: {counts.known} of{' '}
        {assessment.placed.length} topics of your goal already known, {counts.ready} ready to learn next.
      </p>
      <div className={styles.bar} role="img" aria-label={`${counts.known} known, ${counts.ready} ready, ${counts.not_yet} later`}>
        {GROUPS.map(({ verdict }) =>
          counts[verdict] ? (
            <span key={verdict} className={styles[verdict]} style={{ flexGrow: counts[verdict] / total }} />
          ) : null,
        )}
      </div>
      <p className={styles.actions}>
        <Link className="button" to="/plan">
          See today&rsquo;s plan
        </Link>
      </p>
      {GROUPS.map(({ verdict, title, blurb }) => {
        const topics = assessment.placed.filter((t) => t.verdict === verdict);
        if (topics.length === 0) return null;
        return (
          <details key={verdict} className={styles.group} open={verdict === 'ready'}>
            <summary>
              <span className={`${styles.swatch} ${styles[verdict]}`} aria-hidden="true" />
              {title} ({topics.length})
            </summary>
            <p className={styles.hint}>{blurb}</p>
            <ul className={styles.topics}>
              {topics.map((topic) => (
                <li key={topic.topic}>
                  <Link to={`/topics/${topic.topic}`}>{topic.title}</Link>
                  <span className={styles.why}>{topic.why}</span>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
