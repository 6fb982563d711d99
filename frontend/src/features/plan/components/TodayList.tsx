import { Link } from 'react-router';
import { EmptyState } from '@/components/States';
import type { TodayItem } from '../api/plan';
import styles from './Plan.module.css';

const LABELS: Record<TodayItem['kind'], string> = {
  review: 'Review',
  remediate: 'Strengthen',
  continue: 'Continue',
  new: 'New',
};

export function TodayList({ items, budgetMinutes }: { items: TodayItem[]; budgetMinutes: number }) {
  if (items.length === 0) {
    return <EmptyState>Nothing is due today: every topic of your goal is mastered or waiting for review.</EmptyState>;
  }
  const planned = items.reduce((sum, item) => sum + item.minutes, 0);
  return (
    <section aria-labelledby="today-title">
      <h2 id="today-title">Today</h2>
      <p className={styles.hint}>
        {planned} of your {budgetMinutes} minutes planned.
      </p>
      <ol className={styles.today}>
        {items.map((item) => (
          <li key={`${item.kind}-${item.topic}`} className={styles.item}>
            <span className={styles.kind} data-kind={item.kind}>
              {LABELS[item.kind]}
            </span>
            <div>
              <Link to={`/practise/${item.topic}`} className={styles.topic}>
                {item.title}
              </Link>
              <p className={styles.reason}>{item.reason}</p>
            </div>
            <span className={styles.minutes}>{item.minutes} min</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
