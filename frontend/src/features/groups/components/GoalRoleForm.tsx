import { useId, useState, type FormEvent } from 'react';
import { FormAlert } from '@/components/FormAlert';
import { describeError } from '@/lib/api/errors';
import { useUpdateGroup, type GroupDetail } from '../api/groups';
import styles from './Groups.module.css';

export type RoleChoice = { slug: string; title: string };

/** Owner and admins choose the role whose roadmap the heatmap follows. */
export function GoalRoleForm({ group, roles }: { group: GroupDetail; roles: RoleChoice[] | undefined }) {
  const id = useId();
  const update = useUpdateGroup(group.id);
  const [goal, setGoal] = useState(group.goal ?? '');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ goal: goal || null });
  };
  return (
    <form className={styles.form} onSubmit={onSubmit} aria-labelledby={`${id}-title`} style={{ marginTop: 'var(--space-5)' }}>
      <h3 id={`${id}-title`}>Group goal role</h3>
      <FormAlert message={update.isError ? describeError(update.error) : null} />
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor={`${id}-goal`}>Roadmap to follow</label>
          <select id={`${id}-goal`} value={goal} onChange={(event) => setGoal(event.target.value)}>
            <option value="">No goal role</option>
            {roles?.map((role) => (
              <option key={role.slug} value={role.slug}>
                {role.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button secondary" disabled={update.isPending || goal === (group.goal ?? '')}>
          {update.isPending ? 'Saving…' : 'Save goal'}
        </button>
      </div>
    </form>
  );
}
