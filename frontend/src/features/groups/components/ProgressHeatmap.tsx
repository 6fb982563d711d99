import { Link } from 'react-router';
import { EmptyState } from '@/components/States';
import type { Heatmap } from '../api/progress';
import { LEVEL_LABELS, LEVEL_ORDER } from './levels';
import styles from './Groups.module.css';

/**
 * Topics down the side, members across the top. Each cell says its level in words; the colour
 * only repeats it. Members who keep their progress private show as "Hidden".
 */
export function ProgressHeatmap({ heatmap }: { heatmap: Heatmap }) {
  if (heatmap.topics.length === 0) {
    return (
      <EmptyState>
        <p>This group has no goal role yet, so there is no shared roadmap to compare progress on.</p>
      </EmptyState>
    );
  }
  const sharing = heatmap.rows.filter((row) => !row.hidden);
  return (
    <>
      <ul className={styles.legend} aria-label="Levels">
        {LEVEL_ORDER.map((level) => (
          <li key={level} className={styles[level]}>
            {LEVEL_LABELS[level]}
          </li>
        ))}
        <li className={styles.hidden}>Hidden: not shared</li>
      </ul>
      {sharing.length > 0 && (
        <p className={styles.hint}>
          {sharing
            .map((row) => {
              const mastered = row.levels?.filter((level) => level === 'mastered').length ?? 0;
              return `${row.username}: ${mastered} of ${heatmap.topics.length} mastered`;
            })
            .join(' · ')}
        </p>
      )}
      <div className={styles.tableWrap} tabIndex={0} role="region" aria-labelledby="heatmap-caption">
        <table className={styles.table}>
          <caption id="heatmap-caption">Each member’s level on the group’s {heatmap.topics.length} roadmap topics</caption>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              {heatmap.rows.map((row) => (
                <th scope="col" key={row.user_id}>
                  {row.username}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {heatmap.topics.map((topic, index) => (
              <tr key={topic.slug}>
                <th scope="row">
                  <Link to={`/topics/${topic.slug}`}>{topic.title}</Link>
                </th>
                {heatmap.rows.map((row) => {
                  const level = row.levels?.[index];
                  return level ? (
                    <td key={row.user_id} className={styles[level]}>
                      {LEVEL_LABELS[level]}
                    </td>
                  ) : (
                    <td key={row.user_id} className={styles.hidden}>
                      Hidden
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
