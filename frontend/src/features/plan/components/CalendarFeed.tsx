import { useState } from 'react';
import { FormAlert } from '@/components/FormAlert';
import { formErrors } from '@/lib/form-errors';
import { useRegenerateCalendar, useRevokeCalendar, type CalendarFeed as Feed } from '../api/schedule';
import styles from './Schedule.module.css';

/**
 * The private calendar feed: its URL to subscribe to (copy), the file (download), a new URL that
 * revokes the old one, and turning it off.
 */
export function CalendarFeed({ feed }: { feed: Feed }) {
  const regenerate = useRegenerateCalendar();
  const revoke = useRevokeCalendar();
  const [note, setNote] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const error = regenerate.error ?? revoke.error;
  const busy = regenerate.isPending || revoke.isPending;
  const make = (message: string) =>
    regenerate.mutate(undefined, {
      onSuccess: () => {
        setNote(message);
        setConfirming(false);
      },
    });
  const copy = async () => {
    if (!feed.url) return;
    try {
      await navigator.clipboard.writeText(feed.url);
      setNote('Link copied. Paste it into your calendar app as a subscription (“From URL”).');
    } catch {
      setNote('Copying is blocked here: select the link and copy it yourself.');
    }
  };
  return (
    <section className={styles.panel} aria-labelledby="calendar-title">
      <h2 id="calendar-title">Your plan in your calendar</h2>
      {error && <FormAlert message={formErrors(error, []).form} />}
      {note && <p role="status">{note}</p>}
      {feed.url ? (
        <>
          <p className={styles.muted}>
            Subscribe in Google Calendar, Apple Calendar or Outlook: study days for the next four weeks, weekly
            milestones, your target date and breaks. The link is private: anyone who has it can see your plan.
          </p>
          <label className={styles.feedLabel}>
            Private calendar link
            <input
              className={styles.feedUrl}
              type="text"
              readOnly
              value={feed.url}
              onFocus={(event) => event.currentTarget.select()}
            />
          </label>
          <div className={styles.actions}>
            <button type="button" className="button small" onClick={() => void copy()}>
              Copy link
            </button>
            <a className="button secondary small" href={feed.url} download="lemma-plan.ics">
              Download .ics
            </a>
            {confirming ? (
              <span className={styles.confirm} role="group" aria-label="Confirm a new link">
                <span>The old link stops working.</span>
                <button
                  type="button"
                  className="button small"
                  disabled={busy}
                  onClick={() => make('New link made; the old one no longer works.')}
                >
                  Make a new link
                </button>
                <button type="button" className="button secondary small" onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </span>
            ) : (
              <button type="button" className="button secondary small" onClick={() => setConfirming(true)}>
                New link…
              </button>
            )}
            <button
              type="button"
              className="link-button"
              disabled={busy}
              onClick={() => revoke.mutate(undefined, { onSuccess: () => setNote('Calendar link turned off.') })}
            >
              Turn off
            </button>
          </div>
        </>
      ) : (
        <>
          <p className={styles.muted}>
            Get a private link that calendar apps can subscribe to, so your study days, milestones and target date show
            up next to everything else.
          </p>
          <button
            type="button"
            className="button secondary"
            disabled={busy}
            onClick={() => make('Your calendar link is ready.')}
          >
            {regenerate.isPending ? 'Making a link…' : 'Make a calendar link'}
          </button>
        </>
      )}
    </section>
  );
}
