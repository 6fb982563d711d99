import { Link } from 'react-router';
import { LoadingState } from '@/components/States';
import { useMe } from '@/features/auth/api/get-me';
import { TaskCounts } from '@/features/ops/components/TaskCounts';
import { useSignInPaths } from '@/lib/use-sign-in-paths';

export default function OpsPage() {
  const me = useMe();
  const signIn = useSignInPaths();
  if (me.isPending) return <LoadingState label="Loading…" />;
  if (!me.data?.is_staff) {
    return (
      <>
        <h1>Operations</h1>
        <p>This page is for Lemma&rsquo;s staff.</p>
        {!me.data?.authenticated && (
          <p>
            <Link to={signIn.login}>Log in</Link>
          </p>
        )}
      </>
    );
  }
  return (
    <>
      <h1>Operations</h1>
      <p>Refreshed every 5 seconds. Health of each part: <a href="/healthz">/healthz</a>.</p>
      <TaskCounts />
    </>
  );
}
