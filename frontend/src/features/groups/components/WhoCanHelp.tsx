import { useId, useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { useHelpers } from '../api/progress';
import type { TopicChoice } from '../api/topics';
import { TopicSelect } from './TopicSelect';
import styles from './Groups.module.css';

export function WhoCanHelp({ groupId, topics }: { groupId: string; topics: TopicChoice[] }) {
  const id = useId();
  const [topic, setTopic] = useState('');
  const helpers = useHelpers(groupId, topic);
  const title = topics.find((t) => t.slug === topic)?.title ?? topic;
  return (
    <>
      <div className={styles.field}>
        <label htmlFor={`${id}-topic`}>Topic you are stuck on</label>
        <TopicSelect id={`${id}-topic`} topics={topics} value={topic} onChange={setTopic} emptyLabel="Choose a topic" />
      </div>
      <div aria-live="polite" style={{ marginTop: 'var(--space-3)' }}>
        {topic === '' && <p className={styles.hint}>Pick a topic to see which members have mastered it.</p>}
        {topic !== '' && helpers.isPending && <LoadingState label="Finding members who can help…" />}
        {helpers.isError && <ErrorState error={helpers.error} onRetry={() => void helpers.refetch()} />}
        {helpers.data && helpers.data.length === 0 && (
          <EmptyState>
            <p>
              Nobody who shares their progress has mastered {title} yet. Ask in the discussion: working it out
              together helps both sides.
            </p>
          </EmptyState>
        )}
        {helpers.data && helpers.data.length > 0 && (
          <>
            <p>Members who have mastered {title}:</p>
            <ul aria-label={`Members who mastered ${title}`}>
              {helpers.data.map((helper) => (
                <li key={helper.user_id}>{helper.username}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </>
  );
}
