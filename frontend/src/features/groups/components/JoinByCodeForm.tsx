import { useId, useState, type FormEvent } from 'react';
import { useJoinGroup, inviteCode, type GroupDetail } from '../api/groups';
import { joinProblem } from './join-messages';
import styles from './Groups.module.css';

export function JoinByCodeForm({ onJoined }: { onJoined: (group: GroupDetail) => void }) {
  const id = useId();
  const join = useJoinGroup();
  const [empty, setEmpty] = useState(false);
  const problem = join.isError ? joinProblem(join.error) : null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = inviteCode(String(new FormData(event.currentTarget).get('code') ?? ''));
    setEmpty(code === '');
    if (code === '') return;
    join.mutate(code, { onSuccess: (group) => onJoined(group) });
  };

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Join with an invite</h2>
      <div className={styles.field}>
        <label htmlFor={`${id}-code`}>Invite link or code</label>
        <div className={styles.row}>
          <div className={styles.field}>
            <input
              id={`${id}-code`}
              name="code"
              maxLength={300}
              autoComplete="off"
              aria-invalid={empty || Boolean(problem) || undefined}
              aria-describedby={empty || problem ? `${id}-error` : undefined}
            />
          </div>
          <button type="submit" className="button" disabled={join.isPending}>
            {join.isPending ? 'Joining…' : 'Join'}
          </button>
        </div>
        <div id={`${id}-error`} role="alert">
          {empty && <p className={styles.errors}>Paste the invite link or code you were sent.</p>}
          {problem && (
            <p className={styles.errors}>
              <strong>{problem.title}.</strong> {problem.advice}
            </p>
          )}
        </div>
      </div>
    </form>
  );
}
