import { Link } from 'react-router';
import { LoadingState } from '@/components/States';
import { useMe } from '@/features/auth/api/get-me';
import { CurationArea, CuratorsOnly } from '@/features/curation/components/CurationArea';
import { useSignInPaths } from '@/lib/use-sign-in-paths';

export default function CuratePage() {
  const me = useMe();
  const signIn = useSignInPaths();
  if (me.isPending) return <LoadingState label="Loading…" />;
  if (me.data?.is_curator) return <CurationArea />;
  const signedIn = me.data?.authenticated ?? false;
  return (
    <>
      <CuratorsOnly signedIn={signedIn} />
      {!signedIn && (
        <p>
          <Link to={signIn.login}>Log in</Link>
        </p>
      )}
    </>
  );
}
