import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/States';
import { useSignInPaths } from '@/lib/use-sign-in-paths';
import { useGroupChoices, useMyNote } from '../api/notes';
import { NoteEditor } from './NoteEditor';
import styles from './Notes.module.css';

/** The topic page's "Your notes" section: the learner's own note on the topic, or a way in. */
export function TopicNotes({ topic, signedIn }: { topic: string; signedIn: boolean }) {
  const signIn = useSignInPaths();
  return (
    <section className={styles.topicNotes} aria-labelledby="your-notes">
      <h2 id="your-notes">Your notes</h2>
      {signedIn ? (
        <TopicNoteEditor topic={topic} />
      ) : (
        <p>
          <Link to={signIn.login}>Log in</Link> to keep your own notes on
          this topic, with formulas.
        </p>
      )}
    </section>
  );
}

function TopicNoteEditor({ topic }: { topic: string }) {
  const note = useMyNote(topic);
  const groups = useGroupChoices();
  if (note.isPending) return <LoadingState label="Loading your note…" />;
  if (note.isError) return <ErrorState error={note.error} onRetry={() => void note.refetch()} />;
  return (
    <>
      <p className={styles.hint}>
        Only you see a note unless you share it. <Link to="/notes">All your notes</Link>
      </p>
      <NoteEditor key={topic} topic={topic} note={note.data} groups={groups.data} />
      {groups.isError && <p className={styles.hint}>Your groups could not be loaded, so sharing with them is off for now.</p>}
    </>
  );
}
