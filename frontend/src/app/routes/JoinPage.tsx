import { useNavigate, useParams } from 'react-router';
import { LoadingState } from '@/components/States';
import { useMe } from '@/features/auth/api/get-me';
import { JoinInvite } from '@/features/groups/components/JoinInvite';
import { SignInPrompt } from '@/features/groups/components/SignInPrompt';
import { useDocumentTitle } from '@/lib/use-document-title';

export default function JoinPage() {
  useDocumentTitle('Join a study group');
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const me = useMe();
  if (me.isPending) return <LoadingState label="Loading…" />;
  if (!me.data?.user) {
    return (
      <SignInPrompt
        title="Join a study group"
        reason="You have been invited to a study group. Log in or create an account first; you will come back here to confirm."
      />
    );
  }
  return <JoinInvite code={code} onJoined={(group) => void navigate(`/groups/${group.id}`)} />;
}
