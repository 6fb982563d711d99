import { useId, useState } from 'react';
import { Link } from 'react-router';
import { LazyMarkdown } from '@/components/LazyMarkdown';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { isApiError } from '@/lib/api/errors';
import { useGroupNotes, type SharedNote } from '../api/group-notes';
import { formatUpdated } from './visibility';
import styles from './Notes.module.css';

/** Notes the group's members shared with it (and their public ones), for members only. */
export function GroupNotes({ groupId }: { groupId: string }) {
  const id = useId();
  const [topic, setTopic] = useState('');
  const all = useGroupNotes(groupId);
  const filtered = useGroupNotes(groupId, topic || undefined);
  const notes = topic ? filtered : all;
  // Non-members are refused the notes; the group page already says why.
  if (all.isError && isApiError(all.error) && [403, 404].includes(all.error.status)) return null;
  const topics = topicsOf(all.data ?? []);
  return (
    <section className={styles.topicNotes} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Shared notes</h2>
      {topics.length > 1 && (
        <div className={styles.field}>
          <label htmlFor={`${id}-topic`}>Topic</label>
          <select id={`${id}-topic`} value={topic} onChange={(event) => setTopic(event.target.value)}>
            <option value="">All topics</option>
            {topics.map((choice) => (
              <option key={choice.slug} value={choice.slug}>
                {choice.title}
              </option>
            ))}
          </select>
        </div>
      )}
      {notes.isPending ? (
        <LoadingState label="Loading shared notes…" />
      ) : notes.isError ? (
        <ErrorState error={notes.error} onRetry={() => void notes.refetch()} />
      ) : notes.data.length === 0 ? (
        <EmptyState>
          <p>No shared notes yet. Write one on any topic page and share it with this group.</p>
        </EmptyState>
      ) : (
        <ul className={styles.list}>
          {notes.data.map((note) => (
            <li key={`${note.author.user_id}-${note.topic.slug}`} className={styles.item}>
              <h3>
                <Link to={`/topics/${note.topic.slug}`}>{note.topic.title}</Link>
              </h3>
              <p className={styles.meta}>
                by {note.author.username} · edited {formatUpdated(note.updated_at)}
              </p>
              <LazyMarkdown>{note.body}</LazyMarkdown>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function topicsOf(notes: SharedNote[]) {
  const seen = new Map<string, string>();
  for (const note of notes) seen.set(note.topic.slug, note.topic.title);
  return [...seen].map(([slug, title]) => ({ slug, title })).sort((a, b) => a.title.localeCompare(b.title));
}
