import { useNavigate, useParams } from 'react-router';
import { LoadingState, NotFoundState, QueryView } from '@/components/States';
import { useMe } from '@/features/auth/api/get-me';
import { useGroup } from '@/features/groups/api/groups';
import { GroupSummary, GroupView } from '@/features/groups/components/GroupView';
import { SignInPrompt } from '@/features/groups/components/SignInPrompt';
import { GroupNotes } from '@/features/notes/components/GroupNotes';
import { useRoles } from '@/features/roles/api/get-roles';
import { useDocumentTitle } from '@/lib/use-document-title';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default function GroupPage() {
  const { id = '' } = useParams();
  const me = useMe();
  if (me.isPending) return <LoadingState label="Loading…" />;
  if (!me.data?.user) {
    return <SignInPrompt title="Study group" reason="Log in to see this study group." />;
  }
  if (!UUID.test(id)) return <NotFoundState what="group" />;
  return <GroupScreen key={id} id={id} meId={me.data.user.id} />;
}

function GroupScreen({ id, meId }: { id: string; meId: number }) {
  const navigate = useNavigate();
  const group = useGroup(id);
  const roles = useRoles();
  useDocumentTitle(group.data?.name ?? 'Study group');
  return (
    <QueryView query={group} loading="Loading the group…" notFound="group">
      {(data) =>
        data.my_role ? (
          <>
            <GroupView group={data} meId={meId} roles={roles.data} onLeft={() => void navigate('/groups')} />
            <GroupNotes groupId={id} />
          </>
        ) : (
          <GroupSummary group={data} />
        )
      }
    </QueryView>
  );
}
