import { useState, type FormEvent } from 'react';
import { FormAlert } from '@/components/FormAlert';
import { formErrors } from '@/lib/form-errors';
import { useLogTime, type Dashboard } from '../api/plan';
import styles from './Progress.module.css';

const LEVEL_LABELS: Record<string, string> = {
  mastered: 'Mastered',
  due: 'Due for review',
  practised: 'Practised',
  learning: 'Learning',
  not_started: 'Not started',
};

function shade(minutes: number): string {
  if (minutes < 1) return 'var(--heat-0, #eceff5)';
  if (minutes < 20) return '#c5cae9';
  if (minutes < 45) return '#7986cb';
  if (minutes < 90) return '#3f51b5';
  return '#1a237e';
}

function Heatmap({ days }: { days: Dashboard['days'] }) {
  const cell = 13;
  const gap = 3;
  const weeks = Math.ceil(days.length / 7);
  const total = days.reduce((sum, day) => sum + day.minutes, 0);
  const active = days.filter((day) => day.minutes >= 1).length;
  return (
    <svg
      className={styles.heatmap}
      viewBox={`0 0 ${weeks * (cell + gap)} ${7 * (cell + gap)}`}
      role="img"
      aria-label={`Study in the last ${weeks} weeks: ${Math.round(total / 60)} hours over ${active} days.`}
    >
      {days.map((day, index) => (
        <rect
          key={day.day}
          x={Math.floor(index / 7) * (cell + gap)}
          y={(index % 7) * (cell + gap)}
          width={cell}
          height={cell}
          rx={2}
          fill={shade(day.minutes)}
        >
          <title>{`${day.day}: ${Math.round(day.minutes)} min`}</title>
        </rect>
      ))}
    </svg>
  );
}

function PlanVsActual({ weeks }: { weeks: Dashboard['plan_vs_actual'] }) {
  const width = 320;
  const height = 140;
  const top = Math.max(1, ...weeks.map((week) => Math.max(week.planned_hours, week.studied_hours ?? 0)));
  const x = (index: number) => (weeks.length > 1 ? (index / (weeks.length - 1)) * (width - 10) + 5 : width / 2);
  const y = (hours: number) => height - 5 - (hours / top) * (height - 10);
  const line = (values: (number | null)[]) =>
    values
      .map((value, index) => (value === null ? null : `${x(index).toFixed(1)},${y(value).toFixed(1)}`))
      .filter(Boolean)
      .join(' ');
  const studied = weeks.filter((week) => week.studied_hours !== null);
  const last = studied[studied.length - 1];
  const planNow = last ? last.planned_hours : 0;
  return (
    <figure className={styles.chart}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`Planned hours rise to ${top} by your target date; you have studied ${last?.studied_hours ?? 0} hours where the plan expected ${planNow}.`}
      >
        <polyline points={line(weeks.map((week) => week.planned_hours))} className={styles.planned} />
        <polyline points={line(weeks.map((week) => week.studied_hours))} className={styles.studied} />
      </svg>
      <figcaption>
        <span className={styles.keyPlanned} /> planned <span className={styles.keyStudied} /> studied (hours, start to
        target date)
      </figcaption>
    </figure>
  );
}

function LogTimeForm() {
  const log = useLogTime();
  const [saved, setSaved] = useState<string | null>(null);
  const errors = formErrors(log.error, ['day', 'minutes', 'note']);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    log.mutate(
      { day: String(data.get('day')), minutes: Number(data.get('minutes')), note: String(data.get('note') ?? '') },
      {
        onSuccess: (entry) => {
          setSaved(`Logged ${entry.minutes} minutes on ${entry.day}.`);
          form.reset();
        },
      },
    );
  };
  return (
    <form className={styles.log} onSubmit={onSubmit} noValidate aria-labelledby="log-title">
      <h3 id="log-title">Log study outside Lemma</h3>
      <FormAlert message={errors.form} />
      {saved && <p role="status">{saved}</p>}
      <div className={styles.logFields}>
        <label>
          Day
          <input name="day" type="date" defaultValue={new Date().toISOString().slice(0, 10)} required />
        </label>
        <label>
          Minutes
          <input name="minutes" type="number" min={1} max={600} step={5} defaultValue={30} required />
        </label>
        <label className={styles.note}>
          What (optional)
          <input name="note" maxLength={200} placeholder="e.g. a lecture on eigenvalues" />
        </label>
      </div>
      {(errors.fields.day || errors.fields.minutes) && (
        <p className={styles.error}>{[...(errors.fields.day ?? []), ...(errors.fields.minutes ?? [])].join(' ')}</p>
      )}
      <button type="submit" className="button secondary" disabled={log.isPending}>
        {log.isPending ? 'Saving…' : 'Log time'}
      </button>
    </form>
  );
}

export function ProgressPanel({ dashboard }: { dashboard: Dashboard }) {
  const percent = Math.round(dashboard.share_mastered * 100);
  return (
    <section className={styles.panel} aria-labelledby="progress-title">
      <h2 id="progress-title">Progress</h2>
      <div className={styles.goal}>
        <p>
          <strong>{percent}%</strong> of your goal mastered ({dashboard.total_hours} h of study in {dashboard.needed_topics}{' '}
          topics)
        </p>
        <progress max={100} value={percent} aria-label="Share of your goal mastered" />
      </div>
      <ul className={styles.levels} aria-label="Topics by level">
        {Object.entries(LEVEL_LABELS).map(([level, label]) => (
          <li key={level} data-level={level}>
            <strong>{dashboard.levels[level] ?? 0}</strong> {label}
          </li>
        ))}
      </ul>
      <p className={styles.streak}>
        <strong>{dashboard.streak}</strong>-day streak · <strong>{Math.round(dashboard.minutes_today)}</strong> min today
      </p>
      <h3>Study time, last 12 weeks</h3>
      <Heatmap days={dashboard.days} />
      <h3>Planned and studied hours</h3>
      <PlanVsActual weeks={dashboard.plan_vs_actual} />
      <h3>Upcoming reviews</h3>
      {dashboard.upcoming.length === 0 ? (
        <p className={styles.muted}>None yet: topics get a review schedule once you have practised them.</p>
      ) : (
        <ul className={styles.reviews}>
          {dashboard.upcoming.map((review) => (
            <li key={review.topic}>
              {review.title} <span className={styles.muted}>{new Date(review.due_at).toLocaleDateString()}</span>
            </li>
          ))}
        </ul>
      )}
      <LogTimeForm />
    </section>
  );
}
