import { useId, useState, type FormEvent } from 'react';
import { FormAlert } from '@/components/FormAlert';
import { EmptyState, QueryView } from '@/components/States';
import { describeError } from '@/lib/api/errors';
import { formErrors } from '@/lib/form-errors';
import { inviteLink, inviteStatus, useCreateInvite, useInvites, useRevokeInvite, type Invite } from '../api/invites';
import { FieldErrors } from './FieldErrors';
import { when } from './format';
import styles from './Groups.module.css';

export function InvitesPanel({ groupId }: { groupId: string }) {
  const invites = useInvites(groupId, true);
  return (
    <>
      <CreateInviteForm groupId={groupId} />
      <QueryView query={invites} loading="Loading invites…">
        {(list) =>
          list.length === 0 ? (
            <EmptyState>
              <p>No invites yet. Create one above and send the link to the people you want to study with.</p>
            </EmptyState>
          ) : (
            <InviteList groupId={groupId} invites={list} />
          )
        }
      </QueryView>
    </>
  );
}

function CreateInviteForm({ groupId }: { groupId: string }) {
  const id = useId();
  const create = useCreateInvite(groupId);
  const [days, setDays] = useState('7');
  const [uses, setUses] = useState('');
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const errors = formErrors(create.error, ['expires_in_days', 'max_uses']);
  const fields = { ...errors.fields, ...local };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const d = Number(days);
    const u = uses.trim() === '' ? null : Number(uses);
    const problems: Record<string, string[]> = {};
    if (!Number.isInteger(d) || d < 1 || d > 30) problems.expires_in_days = ['An invite lasts 1 to 30 days.'];
    if (u !== null && (!Number.isInteger(u) || u < 1 || u > 1000)) {
      problems.max_uses = ['Uses go from 1 to 1000, or leave it empty for no limit.'];
    }
    setLocal(problems);
    if (Object.keys(problems).length) return;
    create.mutate({ expires_in_days: d, max_uses: u });
  };

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>New invite</h3>
      <FormAlert message={create.isError && Object.keys(errors.fields).length === 0 ? errors.form : null} />
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor={`${id}-days`}>Expires after (days)</label>
          <input
            id={`${id}-days`}
            type="number"
            inputMode="numeric"
            min={1}
            max={30}
            value={days}
            onChange={(event) => setDays(event.target.value)}
            aria-invalid={Boolean(fields.expires_in_days) || undefined}
          />
          <FieldErrors messages={fields.expires_in_days} />
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-uses`}>Most people who can use it (optional)</label>
          <input
            id={`${id}-uses`}
            type="number"
            inputMode="numeric"
            min={1}
            max={1000}
            value={uses}
            onChange={(event) => setUses(event.target.value)}
            aria-invalid={Boolean(fields.max_uses) || undefined}
          />
          <FieldErrors messages={fields.max_uses} />
        </div>
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create invite'}
        </button>
      </div>
    </form>
  );
}

function InviteList({ groupId, invites }: { groupId: string; invites: Invite[] }) {
  const revoke = useRevokeInvite(groupId);
  const [copied, setCopied] = useState<number | null>(null);
  const [copyFailed, setCopyFailed] = useState(false);

  const copy = async (invite: Invite) => {
    try {
      await navigator.clipboard.writeText(inviteLink(invite.code));
      setCopied(invite.id);
      setCopyFailed(false);
    } catch {
      setCopyFailed(true);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="invites-title" style={{ marginTop: 'var(--space-5)' }}>
      <h3 id="invites-title">Invites</h3>
      <FormAlert message={revoke.isError ? describeError(revoke.error) : null} />
      <p aria-live="polite" className={styles.status}>
        {copyFailed ? 'Your browser would not copy; select the link and copy it by hand.' : copied !== null ? 'Link copied.' : ''}
      </p>
      <ul className={styles.list} aria-label="Invites">
        {invites.map((invite) => {
          const status = inviteStatus(invite);
          const link = inviteLink(invite.code);
          return (
            <li key={invite.id} className={styles.item}>
              <p className={styles.code}>{link}</p>
              <p className={styles.meta}>
                <strong>{status === 'active' ? 'Active' : `No longer works: ${status}`}</strong> · expires{' '}
                <time dateTime={invite.expires_at}>{when(invite.expires_at)}</time> · used {invite.uses}
                {invite.max_uses !== null ? ` of ${invite.max_uses}` : ''} {invite.uses === 1 ? 'time' : 'times'}
              </p>
              {status === 'active' && (
                <div className={styles.inline} style={{ marginTop: 'var(--space-2)' }}>
                  <button type="button" className="button secondary small" onClick={() => void copy(invite)}>
                    {copied === invite.id ? 'Copied' : 'Copy link'}
                  </button>
                  <button
                    type="button"
                    className="button secondary small"
                    disabled={revoke.isPending}
                    onClick={() => revoke.mutate(invite.id)}
                  >
                    Revoke
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
