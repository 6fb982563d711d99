import { Link } from 'react-router';
import { LoadingState } from '@/components/States';
import { useMe } from '@/features/auth/api/get-me';
import { CurationArea, CuratorsOnly } from '@/features/curation/components/CurationArea';

export default function CuratePage() {
  const me = useMe();
  if (me.isPending) return <LoadingState label="Loading…" />;
  if (me.data?.is_curator) return <CurationArea />;
  const signedIn = me.data?.authenticated ?? false;
  return (
    <>
      <CuratorsOnly signedIn={signedIn} />
      {!signedIn && (
        <p>
          <Link to="/login?next=%2Fcurate">Log in</Link>
        </p>
      )}
    </>
  );
}
