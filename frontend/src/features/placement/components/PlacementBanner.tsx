import { Link } from 'react-router';
import { usePlacement } from '../api/assessments';
import styles from './Assessment.module.css';

/** On the plan: an invitation to placement until it is taken or skipped, and the way back in to
 * one left half-way. */
export function PlacementBanner() {
  const placement = usePlacement();
  if (placement.isPending || placement.isError) return null;
  const current = placement.data;
  if (current?.status === 'finished' || current?.status === 'skipped') return null;
  const resuming = current?.status === 'active';
  return (
    <aside className={styles.banner} aria-label="Placement">
      <p>
        {resuming
          ? `Your placement is waiting: ${current.answered} question${current.answered === 1 ? '' : 's'} answered so far.`
          : 'Already know some of this? A short adaptive placement credits what you know, so your plan starts where you are.'}
      </p>
      <Link className="button" to="/placement">
        {resuming ? 'Resume placement' : 'Take placement'}
      </Link>
    </aside>
  );
}
