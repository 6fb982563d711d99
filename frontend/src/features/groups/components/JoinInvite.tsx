import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/States';
import { ApiError, isApiError } from '@/lib/api/errors';
import { useJoinGroup, type GroupDetail } from '../api/groups';
import { useInvitePreview, type InvitePreview } from '../api/invite-lookup';
import { joinProblem, type JoinProblem } from './join-messages';
import styles from './Groups.module.css';

// The preview's reasons, as the join endpoint's error codes, so both read the same.
const reasonCodes: Record<NonNullable<InvitePreview['reason']>, string> = {
  expired: 'invite_expired',
  revoked: 'invite_revoked',
  used_up: 'invite_used_up',
  full: 'group_full',
};

/** The page an invite link opens: it shows the group, and nothing happens until the learner confirms. */
export function JoinInvite({ code, onJoined }: { code: string; onJoined: (group: GroupDetail) => void }) {
  const preview = useInvitePreview(code);
  const join = useJoinGroup();

  let problem: JoinProblem | null = join.isError ? joinProblem(join.error) : null;
  if (!problem && preview.data?.reason) problem = joinProblem(new ApiError(410, reasonCodes[preview.data.reason], ''));
  if (!problem && isApiError(preview.error) && preview.error.isNotFound) {
    problem = joinProblem(new ApiError(404, 'invite_unknown', ''));
  }

  return (
    <section className={styles.card} aria-labelledby="join-title">
      <h1 id="join-title">Join a study group</h1>
      {preview.isPending && <LoadingState label="Looking up the invite…" />}
      {preview.data && <GroupPreview group={preview.data} />}
      <p>
        Members see each other’s progress on the group’s roadmap, set a weekly goal together and answer each other’s
        questions. You can change what you share at any time, and leave whenever you like.
      </p>
      {problem ? (
        <div role="alert">
          <h2>{problem.title}</h2>
          <p>{problem.advice}</p>
          <p>
            <Link to="/groups">Go to your groups</Link>
          </p>
        </div>
      ) : preview.isError ? (
        <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
      ) : (
        preview.data && (
          <button
            type="button"
            className="button"
            disabled={join.isPending}
            onClick={() => join.mutate(code, { onSuccess: (group) => onJoined(group) })}
          >
            {join.isPending ? 'Joining…' : 'Join the group'}
          </button>
        )
      )}
    </section>
  );
}

function GroupPreview({ group }: { group: InvitePreview }) {
  return (
    <section aria-labelledby="invite-group-name">
      <p>You have been invited to</p>
      <h2 id="invite-group-name">{group.name}</h2>
      {group.description && <p>{group.description}</p>}
      <p className={styles.meta}>
        {group.member_count} {group.member_count === 1 ? 'member' : 'members'}
        {group.goal_title && ` · Goal: ${group.goal_title}`}
      </p>
    </section>
  );
}
