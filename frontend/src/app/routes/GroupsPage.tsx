import { useLocation, useNavigate } from 'react-router';
import { LoadingState, QueryView } from '@/components/States';
import { useMe } from '@/features/auth/api/get-me';
import { useMyGroups } from '@/features/groups/api/groups';
import { CreateGroupForm } from '@/features/groups/components/CreateGroupForm';
import { GroupsIntro } from '@/features/groups/components/GroupsIntro';
import { JoinByCodeForm } from '@/features/groups/components/JoinByCodeForm';
import { MyGroups } from '@/features/groups/components/MyGroups';
import { PublicGroups } from '@/features/groups/components/PublicGroups';
import { SignInPrompt } from '@/features/groups/components/SignInPrompt';
import styles from '@/features/groups/components/Groups.module.css';
import { useRoles } from '@/features/roles/api/get-roles';
import { useDocumentTitle } from '@/lib/use-document-title';

export default function GroupsPage() {
  useDocumentTitle('Study groups');
  const navigate = useNavigate();
  // A deleted group's page sends its owner here with a note of what happened.
  const status = (useLocation().state as { status?: string } | null)?.status;
  const me = useMe();
  const signedIn = Boolean(me.data?.user);
  const mine = useMyGroups(signedIn);
  const roles = useRoles();

  if (me.isPending) return <LoadingState label="Loading…" />;
  if (!signedIn) {
    return (
      <SignInPrompt
        title="Study groups"
        reason="Log in to start or join a study group: follow one roadmap together, keep each other going and ask each other questions."
      />
    );
  }
  const openGroup = (group: { id: string }) => void navigate(`/groups/${group.id}`);
  return (
    <div>
      <h1>Study groups</h1>
      {status && <p role="status">{status}</p>}
      <div className={styles.columns}>
        <div>
          <section aria-labelledby="my-groups-title" className={styles.section}>
            <h2 id="my-groups-title">Your groups</h2>
            <QueryView query={mine} loading="Loading your groups…">
              {(groups) => (
                <>
                  <MyGroups groups={groups} />
                  {groups.length === 0 && (
                    <div style={{ marginTop: 'var(--space-4)' }}>
                      <GroupsIntro />
                    </div>
                  )}
                </>
              )}
            </QueryView>
          </section>
          <div className={styles.section}>
            <PublicGroups />
          </div>
        </div>
        <div>
          <div className={styles.card}>
            <CreateGroupForm roles={roles.data} onCreated={openGroup} />
          </div>
          <div className={styles.card}>
            <JoinByCodeForm onJoined={openGroup} />
          </div>
        </div>
      </div>
    </div>
  );
}
