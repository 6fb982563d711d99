import { Link } from 'react-router';
import { LazyMarkdown } from '@/components/LazyMarkdown';
import { EmptyState, QueryView } from '@/components/States';
import { EXPORT_URL, useMyNotes, type MyNote } from '../api/notes';
import { formatUpdated, VISIBILITY_LABELS } from './visibility';
import styles from './Notes.module.css';

function sharing(note: MyNote) {
  if (note.visibility !== 'groups') return VISIBILITY_LABELS[note.visibility];
  if (note.groups.length === 0) return 'My groups (none now: not shared)';
  return `Shared with ${note.groups.map((group) => group.name).join(', ')}`;
}

/** Every note the learner wrote, newest first, and the Markdown export of them all. */
export function MyNotes() {
  const notes = useMyNotes();
  return (
    <section aria-labelledby="my-notes-title">
      <div className={styles.header}>
        <h2 id="my-notes-title">Notes by topic</h2>
        {notes.data && notes.data.length > 0 && (
          <a className="button secondary" href={EXPORT_URL} download>
            Export as Markdown
          </a>
        )}
      </div>
      <QueryView query={notes} loading="Loading your notes…">
        {(data) =>
          data.length === 0 ? (
            <EmptyState>
              <p>
                No notes yet. Open any topic, for example from <Link to="/">a role&apos;s roadmap</Link>, and write one
                under &ldquo;Your notes&rdquo;.
              </p>
            </EmptyState>
          ) : (
            <ul className={styles.list}>
              {data.map((note) => (
                <li key={note.topic.slug} className={styles.item}>
                  <h3>
                    <Link to={`/topics/${note.topic.slug}`}>{note.topic.title}</Link>
                  </h3>
                  <p className={styles.meta}>
                    <span className={styles.badge}>{sharing(note)}</span> · edited {formatUpdated(note.updated_at)}
                  </p>
                  <LazyMarkdown>{note.body}</LazyMarkdown>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}
