import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { useActivity, type ActivityEvent } from '../api/progress';
import { when } from './format';
import styles from './Groups.module.css';

function describe(event: ActivityEvent) {
  const who = <strong>{event.user.username}</strong>;
  if (event.kind === 'joined') return <>{who} joined the group</>;
  if (event.kind === 'mastered') {
    return (
      <>
        {who} mastered{' '}
        {event.topic ? <Link to={`/topics/${event.topic}`}>{event.topic_title ?? event.topic}</Link> : 'a topic'}
      </>
    );
  }
  return (
    <>
      {who} reached a {event.days}-day study streak
    </>
  );
}

export function ActivityFeed({ groupId }: { groupId: string }) {
  const feed = useActivity(groupId);
  if (feed.isPending) return <LoadingState label="Loading activity…" />;
  if (feed.isError) return <ErrorState error={feed.error} onRetry={() => void feed.refetch()} />;
  const events = feed.data.pages.flatMap((page) => page.events);
  if (events.length === 0) {
    return (
      <EmptyState>
        <p>Nothing yet. Joining, mastering topics and study streaks show up here as they happen.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <ul className={styles.list} aria-label="Recent activity">
        {events.map((event, index) => (
          <li key={`${event.kind}-${event.at}-${event.user.user_id}-${index}`} className={styles.item}>
            {describe(event)}
            <p className={styles.meta}>
              <time dateTime={event.at}>{when(event.at)}</time>
            </p>
          </li>
        ))}
      </ul>
      {feed.hasNextPage && (
        <p>
          <button
            type="button"
            className="button secondary"
            disabled={feed.isFetchingNextPage}
            onClick={() => void feed.fetchNextPage()}
          >
            {feed.isFetchingNextPage ? 'Loading…' : 'Show older activity'}
          </button>
        </p>
      )}
    </>
  );
}
