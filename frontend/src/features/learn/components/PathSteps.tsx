import { Link } from 'react-router';
import { AreaTag } from '@/components/AreaTag';
import { areaColour } from '@/lib/areas/colours';
import { formatHoursShort } from '@/lib/format';
import type { TopicPath } from '../api/get-topic-path';
import { runningTotals } from '../lib/match-topics';
import styles from './PathSteps.module.css';

/** The study path as numbered steps, each with its hours and the running total so far. */
export function PathSteps({ path }: { path: TopicPath }) {
  const totals = runningTotals(path.topics.map((topic) => topic.estimated_hours));
  return (
    <ol className={styles.steps} aria-label={`Study path to ${path.target.title}`}>
      {path.topics.map((topic, index) => {
        const isTarget = topic.slug === path.target.slug;
        const colour = areaColour(topic.area);
        return (
          <li key={topic.slug} className={`${styles.step} ${isTarget ? styles.target : ''}`}>
            <span className={styles.number} style={{ background: colour.solid }} aria-hidden="true">
              {index + 1}
            </span>
            <div className={styles.body}>
              <span className="visually-hidden">Step {index + 1}: </span>
              <Link to={`/topics/${topic.slug}`} className={styles.title}>
                {topic.title}
              </Link>
              {isTarget && <span className={styles.goal}>Your goal</span>}
              <span className={styles.meta}>
                <AreaTag area={topic.area} />
                <span>{formatHoursShort(topic.estimated_hours)}</span>
                <span className={styles.total}>{formatHoursShort(totals[index] ?? 0)} so far</span>
              </span>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
