import { useId, useState, type FormEvent } from 'react';
import { FormAlert } from '@/components/FormAlert';
import { QueryView } from '@/components/States';
import { formErrors } from '@/lib/form-errors';
import { useSetWeekly, useWeekly, type Weekly } from '../api/progress';
import { FieldErrors } from './FieldErrors';
import { day } from './format';
import styles from './Groups.module.css';

function goalText(weekly: Weekly): string {
  const parts = [
    weekly.goal_hours !== null ? `${Number(weekly.goal_hours)} h of study` : null,
    weekly.goal_topics !== null ? `${weekly.goal_topics} ${weekly.goal_topics === 1 ? 'topic' : 'topics'} mastered` : null,
  ].filter(Boolean);
  return parts.length ? `This week’s goal: ${parts.join(' and ')} each.` : 'No weekly goal is set.';
}

function metText(met: boolean | null, hasGoal: boolean) {
  if (!hasGoal) return <span className={styles.status}>No goal</span>;
  if (met === null) return <span className={styles.status}>Not shared</span>;
  return met ? <span className={styles.met}>✓ Met</span> : <span className={styles.notMet}>Not yet</span>;
}

export function WeeklyGoal({ groupId, canManage }: { groupId: string; canManage: boolean }) {
  const weekly = useWeekly(groupId);
  return (
    <QueryView query={weekly} loading="Loading this week…">
      {(data) => {
        const hasGoal = data.goal_hours !== null || data.goal_topics !== null;
        return (
          <>
            <p>
              <strong>{goalText(data)}</strong>{' '}
              <span className={styles.status}>
                Week of {day(data.week_start)} to {day(data.week_end)}.
              </span>
            </p>
            {!hasGoal && (
              <p className={styles.hint}>
                A small shared target, such as three hours a week, helps a group keep a rhythm.
                {canManage ? ' Set one below.' : ' The owner or an admin can set one.'}
              </p>
            )}
            <div className={styles.tableWrap}>
              <table className={styles.table}>
                <caption>Who has met this week’s goal so far</caption>
                <thead>
                  <tr>
                    <th scope="col">Member</th>
                    <th scope="col">Hours this week</th>
                    <th scope="col">Topics mastered</th>
                    <th scope="col">Goal</th>
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((row) => (
                    <tr key={row.user_id}>
                      <th scope="row">{row.username}</th>
                      <td>{row.hours === null ? 'Not shared' : `${row.hours.toFixed(1)} h`}</td>
                      <td>{row.topics === null ? 'Not shared' : row.topics}</td>
                      <td>{metText(row.met, hasGoal)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {canManage && <WeeklyGoalForm groupId={groupId} weekly={data} />}
          </>
        );
      }}
    </QueryView>
  );
}

function WeeklyGoalForm({ groupId, weekly }: { groupId: string; weekly: Weekly }) {
  const id = useId();
  const save = useSetWeekly(groupId);
  const [hours, setHours] = useState(weekly.goal_hours === null ? '' : String(Number(weekly.goal_hours)));
  const [topics, setTopics] = useState(weekly.goal_topics === null ? '' : String(weekly.goal_topics));
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const errors = formErrors(save.error, ['hours', 'topics']);
  const fields = { ...errors.fields, ...local };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const h = hours.trim() === '' ? null : Number(hours);
    const t = topics.trim() === '' ? null : Number(topics);
    const problems: Record<string, string[]> = {};
    if (h !== null && (!Number.isFinite(h) || h < 0.5 || h > 80)) problems.hours = ['Hours go from 0.5 to 80, or leave it empty.'];
    if (t !== null && (!Number.isInteger(t) || t < 1 || t > 20)) problems.topics = ['Topics go from 1 to 20, or leave it empty.'];
    setLocal(problems);
    if (Object.keys(problems).length) return;
    save.mutate({ hours: h === null ? null : h.toFixed(1), topics: t });
  };

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} style={{ marginTop: 'var(--space-4)' }}>
      <h3 id={`${id}-title`}>Set the weekly goal</h3>
      <FormAlert message={save.isError && Object.keys(errors.fields).length === 0 ? errors.form : null} />
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor={`${id}-hours`}>Hours per member</label>
          <input
            id={`${id}-hours`}
            type="number"
            inputMode="decimal"
            min={0.5}
            max={80}
            step={0.5}
            value={hours}
            onChange={(event) => setHours(event.target.value)}
            aria-invalid={Boolean(fields.hours) || undefined}
          />
          <FieldErrors messages={fields.hours} />
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-topics`}>Topics to master per member</label>
          <input
            id={`${id}-topics`}
            type="number"
            inputMode="numeric"
            min={1}
            max={20}
            value={topics}
            onChange={(event) => setTopics(event.target.value)}
            aria-invalid={Boolean(fields.topics) || undefined}
          />
          <FieldErrors messages={fields.topics} />
        </div>
      </div>
      <p className={styles.hint}>Leave a box empty to drop that part of the goal.</p>
      <div aria-live="polite">
        <button type="submit" className="button secondary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save weekly goal'}
        </button>{' '}
        {save.isSuccess && <span className={styles.status}>Saved.</span>}
      </div>
    </form>
  );
}
