import { Link } from 'react-router';
import { LazyMarkdown } from '@/components/LazyMarkdown';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { isApiError } from '@/lib/api/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { usePublicProfile } from '../api/profile';
import { formatUpdated } from './visibility';
import styles from './Notes.module.css';

/** A learner's public page: their public notes, rendered without raw HTML. */
export function PublicProfileView({ username }: { username: string }) {
  const profile = usePublicProfile(username);
  useDocumentTitle(profile.data ? `Notes by ${profile.data.display_name}` : 'Public notes');
  if (profile.isPending) return <LoadingState label="Loading the page…" />;
  if (profile.isError) {
    if (isApiError(profile.error) && profile.error.isNotFound) {
      return (
        <div>
          <h1>No public page here</h1>
          <p>This learner has no public page, or has turned it off.</p>
          <p>
            <Link to="/">Back to the roles</Link>
          </p>
        </div>
      );
    }
    return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  }
  const { display_name: name, notes } = profile.data;
  return (
    <article aria-labelledby="person-title">
      <h1 id="person-title">Notes by {name}</h1>
      {name !== profile.data.username && <p className={styles.hint}>@{profile.data.username}</p>}
      {notes.length === 0 ? (
        <EmptyState>
          <p>No public notes yet.</p>
        </EmptyState>
      ) : (
        <ul className={styles.list}>
          {notes.map((note) => (
            <li key={note.topic.slug} className={styles.item}>
              <h2>
                <Link to={`/topics/${note.topic.slug}`}>{note.topic.title}</Link>
              </h2>
              <p className={styles.meta}>Edited {formatUpdated(note.updated_at)}</p>
              <LazyMarkdown>{note.body}</LazyMarkdown>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
