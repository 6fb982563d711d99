import { useState } from 'react';
import { FormAlert } from '@/components/FormAlert';
import { formErrors } from '@/lib/form-errors';
import { useSaveProfile, type Profile } from '../api/plan';
import { shortDate, type ForecastAlternative } from '../api/schedule';
import styles from './Schedule.module.css';

/**
 * Narrower goals for a plan that is behind, best first, each with its chance of making the target;
 * switching to one saves the profile with that goal (after a confirmation: it replaces the goal).
 */
export function NarrowerGoals({ alternatives, profile }: { alternatives: ForecastAlternative[]; profile: Profile }) {
  const save = useSaveProfile();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [switched, setSwitched] = useState<string | null>(null);
  if (alternatives.length === 0) {
    return switched ? <p role="status">Your goal is now: {switched}.</p> : null;
  }
  const errors = formErrors(save.error, []);
  const choose = (option: ForecastAlternative) =>
    save.mutate(
      {
        role: option.role,
        custom_topics: option.custom_topics,
        hours_per_day: profile.hours_per_day,
        study_days_per_week: profile.study_days_per_week,
        start_date: profile.start_date,
        target_date: profile.target_date,
        time_zone: profile.time_zone,
      },
      {
        onSuccess: () => {
          setSwitched(option.label);
          setConfirming(null);
        },
      },
    );
  return (
    <div className={styles.narrower}>
      <h3 id="narrower-title">Or aim for less by your target</h3>
      {switched && <p role="status">Your goal is now: {switched}.</p>}
      {save.isError && <FormAlert message={errors.form} />}
      <ul aria-labelledby="narrower-title" className={styles.options}>
        {alternatives.map((option, index) => (
          <li key={option.label} className={styles.option}>
            <p className={styles.optionTitle} id={`narrower-${index}`}>
              {option.label}
            </p>
            <p className={styles.muted}>
              {option.goal_topics} goal topics ({option.needed_topics} with prerequisites), {option.remaining_hours} h
              left. <strong>{Math.round(option.chance_by_target * 100)}% chance</strong> by your target
              {option.p50 ? `; most likely done ${shortDate(option.p50)}` : ''}.
            </p>
            {confirming === option.label ? (
              <div className={styles.confirm} role="group" aria-label={`Confirm switching to ${option.label}`}>
                <span>This replaces your goal; your progress stays.</span>
                <button
                  type="button"
                  className="button small"
                  disabled={save.isPending}
                  onClick={() => choose(option)}
                >
                  {save.isPending ? 'Switching…' : 'Yes, switch'}
                </button>
                <button type="button" className="button secondary small" onClick={() => setConfirming(null)}>
                  Cancel
                </button>
              </div>
            ) : (
              <button
                type="button"
                className="button secondary small"
                onClick={() => setConfirming(option.label)}
                aria-describedby={`narrower-${index}`}
              >
                Switch to this goal
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
