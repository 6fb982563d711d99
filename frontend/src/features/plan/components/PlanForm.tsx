import { useState, type FormEvent } from 'react';
import { FormAlert } from '@/components/FormAlert';
import { formErrors } from '@/lib/form-errors';
import { useProfileDefaults, useSaveProfile, type Profile } from '../api/plan';
import styles from './Plan.module.css';
import { TopicPicker } from './TopicPicker';
import pickerStyles from './TopicPicker.module.css';

const FIELDS = [
  'role',
  'custom_topics',
  'hours_per_day',
  'study_days_per_week',
  'start_date',
  'target_date',
  'time_zone',
] as const;

type GoalKind = 'role' | 'topics';

/** A field's messages as a flat list (a list field's errors can come keyed by item). */
function messages(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(messages);
  if (value && typeof value === 'object') return Object.values(value).flatMap(messages);
  return value == null ? [] : [String(value)];
}

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Goal and time budget. Saving re-plans at once (today's queue and the forecast reload). */
export type RoleChoice = { slug: string; title: string };

export function PlanForm({
  profile,
  roles,
}: {
  profile: Profile | null;
  roles: RoleChoice[] | undefined;
}) {
  const save = useSaveProfile();
  const savedTopics = profile?.custom_topics ?? [];
  const [goalKind, setGoalKind] = useState<GoalKind>(savedTopics.length > 0 ? 'topics' : 'role');
  const [role, setRole] = useState(profile?.role ?? '');
  const [topics, setTopics] = useState<string[]>(savedTopics);
  const [noTopics, setNoTopics] = useState(false);
  const [hours, setHours] = useState(profile?.hours_per_day ? String(Number(profile.hours_per_day)) : '1');
  const [targetTouched, setTargetTouched] = useState(Boolean(profile));
  const [target, setTarget] = useState(profile?.target_date ?? '');
  const [remind, setRemind] = useState(profile?.remind_when_behind ?? false);
  const defaults = useProfileDefaults(hours);
  const errors = formErrors(save.error, FIELDS);
  const suggested = defaults.data?.target_date ?? '';
  // The API names "role" when neither a role nor any topic is given; with topics chosen it belongs here.
  const topicErrors = [
    ...(noTopics ? ['Choose at least one topic to aim for.'] : []),
    ...messages(errors.fields.custom_topics),
    ...(goalKind === 'topics' ? messages(errors.fields.role) : []),
  ];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const ownTopics = goalKind === 'topics';
    if (ownTopics && topics.length === 0) {
      setNoTopics(true);
      return;
    }
    save.mutate({
      // Custom topics replace a role's as the goal; an empty list goes back to the role.
      role: ownTopics ? null : role || null,
      custom_topics: ownTopics ? topics : [],
      hours_per_day: String(data.get('hours_per_day')),
      study_days_per_week: Number(data.get('study_days_per_week')),
      start_date: String(data.get('start_date') || today()),
      target_date: targetTouched && target ? target : null,
      time_zone: String(data.get('time_zone') || 'UTC'),
      remind_when_behind: remind,
    });
  };

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-labelledby="plan-form-title">
      <h2 id="plan-form-title">{profile ? 'Change your plan' : 'Set up your plan'}</h2>
      <FormAlert message={errors.form} />
      <fieldset className={pickerStyles.goalKind}>
        <legend>Plan towards</legend>
        <label>
          <input
            type="radio"
            name="goal_kind"
            value="role"
            checked={goalKind === 'role'}
            onChange={() => setGoalKind('role')}
          />
          A role
        </label>
        <label>
          <input
            type="radio"
            name="goal_kind"
            value="topics"
            checked={goalKind === 'topics'}
            onChange={() => setGoalKind('topics')}
          />
          Topics I choose
        </label>
      </fieldset>
      {goalKind === 'role' ? (
        <div className={styles.field}>
          <label htmlFor="plan-role">Your goal</label>
          <select
            id="plan-role"
            name="role"
            value={role}
            onChange={(event) => setRole(event.target.value)}
            aria-invalid={Boolean(errors.fields.role)}
            aria-describedby={errors.fields.role ? 'plan-role-error' : undefined}
          >
            <option value="" disabled>
              {roles ? 'Choose a role' : 'Loading roles…'}
            </option>
            {roles?.map((choice) => (
              <option key={choice.slug} value={choice.slug}>
                {choice.title}
              </option>
            ))}
          </select>
          {errors.fields.role && (
            <p id="plan-role-error" className={styles.error}>
              {messages(errors.fields.role).join(' ')}
            </p>
          )}
        </div>
      ) : (
        <TopicPicker
          selected={topics}
          onChange={(next) => {
            setTopics(next);
            if (next.length > 0) setNoTopics(false);
          }}
          errors={topicErrors}
        />
      )}
      <div className={styles.field}>
        <label htmlFor="plan-hours">
          Hours a day: <strong>{Number(hours).toFixed(1)}</strong>
        </label>
        <input
          id="plan-hours"
          name="hours_per_day"
          type="range"
          min={0.5}
          max={4}
          step={0.5}
          value={hours}
          onChange={(event) => setHours(event.target.value)}
        />
        <p className={styles.hint}>The source articles promise about 6 months at 1 h a day, 3 months at 3 h.</p>
      </div>
      <div className={styles.field}>
        <label htmlFor="plan-days">Study days a week</label>
        <select id="plan-days" name="study_days_per_week" defaultValue={String(profile?.study_days_per_week ?? 6)}>
          {[1, 2, 3, 4, 5, 6, 7].map((days) => (
            <option key={days} value={days}>
              {days}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor="plan-start">Start date</label>
          <input id="plan-start" name="start_date" type="date" defaultValue={profile?.start_date ?? today()} />
        </div>
        <div className={styles.field}>
          <label htmlFor="plan-target">Target date</label>
          <input
            id="plan-target"
            name="target_date"
            type="date"
            value={targetTouched ? target : suggested}
            onChange={(event) => {
              setTargetTouched(true);
              setTarget(event.target.value);
            }}
            aria-invalid={Boolean(errors.fields.target_date)}
          />
          {!targetTouched && suggested && (
            <p className={styles.hint}>Suggested for {Number(hours).toFixed(1)} h a day.</p>
          )}
          {errors.fields.target_date && <p className={styles.error}>{errors.fields.target_date.join(' ')}</p>}
        </div>
      </div>
      <div className={styles.field}>
        <label>
          <input
            type="checkbox"
            name="remind_when_behind"
            checked={remind}
            onChange={(event) => setRemind(event.target.checked)}
            aria-describedby="plan-remind-hint"
          />{' '}
          Email me when my plan is behind
        </label>
        <p id="plan-remind-hint" className={styles.hint}>
          At most one email a week, only when the forecast says you are unlikely to reach your target date.
        </p>
      </div>
      <input type="hidden" name="time_zone" value={profile?.time_zone ?? browserTimeZone()} />
      <button type="submit" className="button" disabled={save.isPending}>
        {save.isPending ? 'Saving…' : profile ? 'Save and re-plan' : 'Make my plan'}
      </button>
    </form>
  );
}
