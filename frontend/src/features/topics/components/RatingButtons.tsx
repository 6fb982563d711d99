import type { Vote } from '../api/ratings';
import styles from './RatingButtons.module.css';

type RatingButtonsProps = {
  resourceTitle: string;
  vote: Vote;
  disabled?: boolean;
  /** Pressing the pressed answer again withdraws the vote. */
  onVote: (vote: Vote) => void;
};

export function RatingButtons({ resourceTitle, vote, disabled, onVote }: RatingButtonsProps) {
  const answer = (helpful: boolean) => (
    <button
      type="button"
      className={styles.answer}
      aria-pressed={vote === helpful}
      disabled={disabled}
      onClick={() => onVote(vote === helpful ? null : helpful)}
    >
      {helpful ? 'Yes' : 'No'}
    </button>
  );
  return (
    <div role="group" aria-label={`Was ${resourceTitle} helpful for this topic?`} className={styles.group}>
      <span className={styles.question} aria-hidden="true">
        Helpful for this topic?
      </span>
      {answer(true)}
      {answer(false)}
    </div>
  );
}
