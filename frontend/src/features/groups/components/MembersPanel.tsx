import { useId, useState } from 'react';
import { FormAlert } from '@/components/FormAlert';
import { describeError } from '@/lib/api/errors';
import { useLeaveGroup, type GroupDetail, type GroupMember } from '../api/groups';
import { useRemoveMember, useSetMemberRole, useTransferOwnership, useUpdateSharing } from '../api/members';
import styles from './Groups.module.css';

type Props = { group: GroupDetail; meId: number; onLeft: () => void };

export function MembersPanel({ group, meId, onLeft }: Props) {
  const members = group.members ?? [];
  const myRole = group.my_role;
  return (
    <>
      <MemberList group={group} members={members} meId={meId} />
      <SharingSettings group={group} />
      {myRole === 'owner' && members.length > 1 && <TransferOwnership group={group} meId={meId} />}
      <LeaveGroup group={group} onLeft={onLeft} />
    </>
  );
}

function canRemove(myRole: string | null, target: GroupMember, meId: number) {
  if (target.user_id === meId) return false;
  if (myRole === 'owner') return true;
  return myRole === 'admin' && target.role === 'member';
}

function MemberList({ group, members, meId }: { group: GroupDetail; members: GroupMember[]; meId: number }) {
  const setRole = useSetMemberRole(group.id);
  const remove = useRemoveMember(group.id);
  const [confirming, setConfirming] = useState<number | null>(null);
  const error = setRole.error ?? remove.error;
  return (
    <section className={styles.section} aria-labelledby="members-title">
      <h3 id="members-title">Members ({members.length})</h3>
      <FormAlert message={error ? describeError(error) : null} />
      <ul className={styles.list} aria-label="Members">
        {members.map((member) => (
          <li key={member.user_id} className={styles.item}>
            <div className={styles.inline}>
              <strong>
                {member.username}
                {member.user_id === meId && ' (you)'}
              </strong>
              <span className={styles.role}>{member.role}</span>
              <span className={styles.status}>
                {member.share_progress ? 'Shares progress' : 'Progress hidden'} ·{' '}
                {member.share_hours ? 'shares hours' : 'hours hidden'}
              </span>
            </div>
            <div className={styles.inline} style={{ marginTop: 'var(--space-2)' }}>
              {group.my_role === 'owner' && member.role !== 'owner' && (
                <button
                  type="button"
                  className="button secondary small"
                  disabled={setRole.isPending}
                  onClick={() =>
                    setRole.mutate({ userId: member.user_id, role: member.role === 'admin' ? 'member' : 'admin' })
                  }
                >
                  {member.role === 'admin' ? `Make ${member.username} a member` : `Make ${member.username} an admin`}
                </button>
              )}
              {canRemove(group.my_role, member, meId) &&
                (confirming === member.user_id ? (
                  <>
                    <span>Remove {member.username} from the group?</span>
                    <button
                      type="button"
                      className="button small"
                      disabled={remove.isPending}
                      onClick={() => remove.mutate(member.user_id, { onSettled: () => setConfirming(null) })}
                    >
                      Yes, remove
                    </button>
                    <button type="button" className="button secondary small" onClick={() => setConfirming(null)}>
                      Keep
                    </button>
                  </>
                ) : (
                  <button
                    type="button"
                    className="button secondary small"
                    onClick={() => setConfirming(member.user_id)}
                  >
                    Remove {member.username}
                  </button>
                ))}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

type SharingKey = 'share_progress' | 'share_hours' | 'digest_email';

function SharingSettings({ group }: { group: GroupDetail }) {
  const id = useId();
  const update = useUpdateSharing(group.id);
  // A box shows its new state at once (a controlled checkbox would otherwise snap back until the
  // group is fetched again), and the stored value again once the save settles or fails.
  const [clicked, setClicked] = useState<Partial<Record<SharingKey, boolean>>>({});
  const checked = (key: SharingKey) => clicked[key] ?? Boolean(group[key]);
  const toggle = (key: SharingKey, value: boolean) => {
    setClicked((now) => ({ ...now, [key]: value }));
    update.mutate(
      { [key]: value },
      {
        onSettled: () =>
          setClicked((now) => {
            const rest = { ...now };
            delete rest[key];
            return rest;
          }),
      },
    );
  };
  return (
    <section className={styles.section} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>What this group sees of you</h3>
      <FormAlert message={update.isError ? describeError(update.error) : null} />
      <div className={styles.form}>
        <label>
          <input
            type="checkbox"
            checked={checked('share_progress')}
            disabled={update.isPending}
            onChange={(event) => toggle('share_progress', event.target.checked)}
          />{' '}
          Share my topic progress (levels on the map, topics I master)
        </label>
        <label>
          <input
            type="checkbox"
            checked={checked('share_hours')}
            disabled={update.isPending}
            onChange={(event) => toggle('share_hours', event.target.checked)}
          />{' '}
          Share my study hours (weekly hours and streaks)
        </label>
        <label>
          <input
            type="checkbox"
            checked={checked('digest_email')}
            disabled={update.isPending}
            onChange={(event) => toggle('digest_email', event.target.checked)}
            aria-describedby={`${id}-digest-hint`}
          />{' '}
          Weekly digest email
        </label>
        <p id={`${id}-digest-hint`} className={styles.hint}>
          Once a week: the hours, topics mastered and questions in this group. Only you see this choice.
        </p>
      </div>
    </section>
  );
}

function TransferOwnership({ group, meId }: { group: GroupDetail; meId: number }) {
  const id = useId();
  const transfer = useTransferOwnership(group.id);
  const others = (group.members ?? []).filter((member) => member.user_id !== meId);
  const [target, setTarget] = useState('');
  const [confirming, setConfirming] = useState(false);
  const name = others.find((member) => String(member.user_id) === target)?.username;
  return (
    <section className={styles.section} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Hand over the group</h3>
      <p className={styles.hint}>The new owner takes charge; you stay on as an admin.</p>
      <FormAlert message={transfer.isError ? describeError(transfer.error) : null} />
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor={`${id}-to`}>New owner</label>
          <select
            id={`${id}-to`}
            value={target}
            onChange={(event) => {
              setTarget(event.target.value);
              setConfirming(false);
            }}
          >
            <option value="">Choose a member</option>
            {others.map((member) => (
              <option key={member.user_id} value={member.user_id}>
                {member.username}
              </option>
            ))}
          </select>
        </div>
        {!confirming ? (
          <button type="button" className="button secondary" disabled={!target} onClick={() => setConfirming(true)}>
            Transfer ownership
          </button>
        ) : (
          <button
            type="button"
            className="button"
            disabled={transfer.isPending}
            onClick={() => transfer.mutate(Number(target), { onSuccess: () => setConfirming(false) })}
          >
            Yes, make {name} the owner
          </button>
        )}
      </div>
    </section>
  );
}

function LeaveGroup({ group, onLeft }: { group: GroupDetail; onLeft: () => void }) {
  const leave = useLeaveGroup(group.id);
  const [confirming, setConfirming] = useState(false);
  const alone = group.member_count <= 1;
  const ownerWithOthers = group.my_role === 'owner' && !alone;
  return (
    <section className={styles.section} aria-labelledby="leave-title">
      <h3 id="leave-title">Leave the group</h3>
      {ownerWithOthers ? (
        <p className={styles.hint}>As the owner, transfer ownership to another member before you leave.</p>
      ) : (
        <>
          {group.my_role === 'owner' && alone && (
            <p className={styles.hint}>You are the only member: leaving deletes the group and its discussions.</p>
          )}
          <FormAlert message={leave.isError ? describeError(leave.error) : null} />
          {confirming ? (
            <div className={styles.inline}>
              <span>Leave {group.name}?</span>
              <button type="button" className="button" disabled={leave.isPending} onClick={() => leave.mutate(undefined, { onSuccess: onLeft })}>
                Yes, leave
              </button>
              <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
                Stay
              </button>
            </div>
          ) : (
            <button type="button" className="button secondary" onClick={() => setConfirming(true)}>
              Leave group
            </button>
          )}
        </>
      )}
    </section>
  );
}
