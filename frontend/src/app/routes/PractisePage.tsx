import { useParams } from 'react-router';
import { LoadingState } from '@/components/States';
import { useMe } from '@/features/auth/api/get-me';
import { PractiseSignIn } from '@/features/exercises/components/PractiseSignIn';
import { PractiseView } from '@/features/exercises/components/PractiseView';

export default function PractisePage() {
  const { topic = '' } = useParams();
  const me = useMe();
  if (me.isPending) return <LoadingState label="Loading…" />;
  // If /me fails the exercise requests will answer 403 themselves, which shows the same panel.
  if (me.data && !me.data.authenticated) return <PractiseSignIn />;
  return <PractiseView key={topic} topic={topic} />;
}
