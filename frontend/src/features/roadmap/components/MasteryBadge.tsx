import { MASTERY_COLOURS, MASTERY_LABELS, ringFraction, type TopicMastery } from '../lib/mastery';
import styles from './MasteryBadge.module.css';

const RADIUS = 6;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/**
 * The state as a shape as well as a colour: an empty ring (not started), a ring filled to the
 * estimate of knowing the topic (learning, practised), a tick (mastered) or a clock (due).
 */
export function MasteryIcon({ mastery }: { mastery: TopicMastery }) {
  const { solid } = MASTERY_COLOURS[mastery.level];
  const filled = mastery.level === 'mastered' || mastery.level === 'due';
  const fraction = ringFraction(mastery);
  return (
    <svg className={styles.icon} viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      {filled ? (
        <>
          <circle cx="8" cy="8" r="7.5" fill={solid} />
          {mastery.level === 'mastered' ? (
            <path d="M4.6 8.3l2.2 2.2 4.6-4.8" fill="none" stroke="#fff" strokeWidth="1.9" strokeLinecap="round" strokeLinejoin="round" />
          ) : (
            <path d="M8 4.4V8l2.4 1.6" fill="none" stroke="#fff" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />
          )}
        </>
      ) : (
        <>
          <circle cx="8" cy="8" r={RADIUS} fill="none" stroke={mastery.level === 'not_started' ? solid : '#d5dbe4'} strokeWidth="2.5" />
          {fraction > 0 && (
            <circle
              cx="8"
              cy="8"
              r={RADIUS}
              fill="none"
              stroke={solid}
              strokeWidth="2.5"
              strokeDasharray={`${(fraction * CIRCUMFERENCE).toFixed(2)} ${CIRCUMFERENCE.toFixed(2)}`}
              transform="rotate(-90 8 8)"
            />
          )}
        </>
      )}
    </svg>
  );
}

type Props = { mastery: TopicMastery; className?: string };

/** Icon and label of a learner's state in a topic; the label makes it readable without colour. */
export function MasteryBadge({ mastery, className = '' }: Props) {
  return (
    <span className={`${styles.badge} ${className}`} data-level={mastery.level}>
      <MasteryIcon mastery={mastery} />
      {MASTERY_LABELS[mastery.level]}
    </span>
  );
}
