import { Link } from 'react-router';
import { LoadingState } from '@/components/States';
import { useMe } from '@/features/auth/api/get-me';
import { MyNotes } from '@/features/notes/components/MyNotes';
import { ProfileSettings } from '@/features/notes/components/ProfileSettings';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useSignInPaths } from '@/lib/use-sign-in-paths';

export default function NotesPage() {
  useDocumentTitle('Your notes');
  const me = useMe();
  const signIn = useSignInPaths();
  if (me.isPending) return <LoadingState label="Loading…" />;
  if (!me.data?.user) {
    return (
      <div>
        <h1>Your notes</h1>
        <p>
          <Link to={signIn.login}>Log in</Link> or <Link to={signIn.register}>create an account</Link> to keep notes on
          each topic, with formulas, and share them with your study groups.
        </p>
      </div>
    );
  }
  return (
    <div>
      <h1>Your notes</h1>
      <ProfileSettings />
      <MyNotes />
    </div>
  );
}
