import { useState, type FormEvent } from 'react';
import { FormAlert } from '@/components/FormAlert';
import { formErrors } from '@/lib/form-errors';
import { shortDate, useCreatePause, useEndPause, type PauseState } from '../api/schedule';
import styles from './Schedule.module.css';

const MAX_DAYS = 60;

function addDays(iso: string, days: number): string {
  const day = new Date(`${iso}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** Today's section while the plan is paused: nothing to do, and nothing overdue. */
export function PausedToday({ message }: { message: string }) {
  return (
    <section aria-labelledby="today-title" className={styles.paused}>
      <h2 id="today-title">Today</h2>
      <p role="status">{message}</p>
    </section>
  );
}

/** After a pause: how the reviews that piled up are spread over the next days. */
export function WelcomeBack({ message }: { message: string }) {
  return (
    <p className={styles.welcome} role="status">
      {message}
    </p>
  );
}

function PauseForm({ today, onSaved }: { today: string; onSaved: (message: string) => void }) {
  const create = useCreatePause();
  const [from, setFrom] = useState(today);
  const [until, setUntil] = useState(addDays(today, 6));
  const [local, setLocal] = useState<string | null>(null);
  const errors = formErrors(create.error, ['starts_on', 'ends_on', 'reason']);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (!from || !until) return setLocal('Choose the first and the last day of your break.');
    if (until < from) return setLocal('The break must end on or after the day it starts.');
    setLocal(null);
    const reason = String(new FormData(form).get('reason') ?? '').trim();
    create.mutate(
      { starts_on: from, ends_on: until, reason },
      {
        onSuccess: (pause) => {
          onSaved(`Paused from ${shortDate(pause.starts_on)} to ${shortDate(pause.ends_on)}.`);
          form.reset();
        },
      },
    );
  };
  const fieldError = (name: string) => errors.fields[name]?.join(' ');
  const otherErrors = create.isError && Object.keys(errors.fields).length === 0 ? errors.form : null;
  return (
    <form className={styles.pauseForm} onSubmit={onSubmit} noValidate aria-labelledby="pause-form-title">
      <h3 id="pause-form-title">Plan a break</h3>
      <p className={styles.muted}>
        Up to {MAX_DAYS} days. Nothing is planned while you are away, and the reviews that fall due are spread over
        the days after it.
      </p>
      <FormAlert message={local ?? otherErrors} />
      <div className={styles.fields}>
        <label>
          From
          <input
            type="date"
            name="starts_on"
            value={from}
            min={today}
            onChange={(event) => setFrom(event.target.value)}
            aria-invalid={Boolean(fieldError('starts_on'))}
            aria-describedby={fieldError('starts_on') ? 'pause-from-error' : undefined}
            required
          />
        </label>
        <label>
          Until (included)
          <input
            type="date"
            name="ends_on"
            value={until}
            min={from || today}
            onChange={(event) => setUntil(event.target.value)}
            aria-invalid={Boolean(fieldError('ends_on'))}
            aria-describedby={fieldError('ends_on') ? 'pause-until-error' : undefined}
            required
          />
        </label>
        <label className={styles.wide}>
          Reason (optional)
          <input name="reason" maxLength={200} placeholder="e.g. a week in the mountains" />
        </label>
      </div>
      {fieldError('starts_on') && (
        <p className={styles.error} id="pause-from-error">
          {fieldError('starts_on')}
        </p>
      )}
      {fieldError('ends_on') && (
        <p className={styles.error} id="pause-until-error">
          {fieldError('ends_on')}
        </p>
      )}
      {fieldError('reason') && <p className={styles.error}>{fieldError('reason')}</p>}
      <button type="submit" className="button secondary" disabled={create.isPending}>
        {create.isPending ? 'Saving…' : 'Pause my plan'}
      </button>
    </form>
  );
}

/** Running and upcoming breaks, ending or cancelling one, and planning a new one. */
export function PausePanel({ state }: { state: PauseState }) {
  const end = useEndPause();
  const [done, setDone] = useState<string | null>(null);
  const onEnd = (pauseId: number) =>
    end.mutate(pauseId, {
      onSuccess: ({ result }) =>
        setDone(result === 'ended' ? 'Your break has ended: welcome back.' : 'The break is cancelled.'),
    });
  return (
    <section className={styles.panel} aria-labelledby="pause-title">
      <h2 id="pause-title">Breaks</h2>
      {done && <p role="status">{done}</p>}
      {end.isError && <FormAlert message={formErrors(end.error, []).form} />}
      {state.pauses.length > 0 ? (
        <ul className={styles.pauses}>
          {state.pauses.map((pause) => {
            const running = pause.starts_on <= state.today;
            return (
              <li key={pause.id}>
                <span>
                  <strong>{running ? 'On a break' : 'Planned break'}</strong>: {shortDate(pause.starts_on)} –{' '}
                  {shortDate(pause.ends_on)}
                  {pause.reason ? ` (${pause.reason})` : ''}
                </span>
                <button
                  type="button"
                  className="button secondary small"
                  disabled={end.isPending}
                  onClick={() => onEnd(pause.id)}
                >
                  {running ? 'End the break now' : 'Cancel this break'}
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className={styles.muted}>No breaks planned.</p>
      )}
      {!state.paused && <PauseForm today={state.today} onSaved={setDone} />}
    </section>
  );
}
