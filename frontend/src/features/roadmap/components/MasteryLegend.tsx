import { MASTERY_LABELS, MASTERY_LEVELS, type MasteryLevel, type TopicMastery } from '../lib/mastery';
import { MasteryIcon } from './MasteryBadge';
import styles from './MasteryLegend.module.css';

// Sample rings for the key: part-filled for the two levels that fill up with practice.
const samples: Record<MasteryLevel, TopicMastery> = {
  not_started: { level: 'not_started', pKnown: 0 },
  learning: { level: 'learning', pKnown: 0.35 },
  practised: { level: 'practised', pKnown: 0.7 },
  mastered: { level: 'mastered', pKnown: 1 },
  due: { level: 'due', pKnown: 1 },
};

type Props = { counts: Record<MasteryLevel, number> };

/** The learner's levels across the shown topics, which doubles as the key to the node badges. */
export function MasteryLegend({ counts }: Props) {
  const total = MASTERY_LEVELS.reduce((sum, level) => sum + counts[level], 0);
  const started = total - counts.not_started;
  return (
    <div className={styles.legend}>
      <h3 className={styles.title}>
        Your progress{' '}
        <span className={styles.summary}>
          {started === 0
            ? '· none of these topics started yet'
            : `· ${counts.mastered} of ${total} mastered, ${started} started`}
        </span>
      </h3>
      <ul className={styles.list}>
        {MASTERY_LEVELS.map((level) => (
          <li key={level} className={styles.item}>
            <MasteryIcon mastery={samples[level]} />
            {MASTERY_LABELS[level]}
            <span className={styles.count}>{counts[level]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
