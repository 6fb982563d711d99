import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { FormAlert } from '@/components/FormAlert';
import { ErrorState, LoadingState } from '@/components/States';
import { formErrors } from '@/lib/form-errors';
import { DISPLAY_NAME_MAX, useNotesProfile, useUpdateNotesProfile, type NotesProfile } from '../api/profile';
import styles from './Notes.module.css';

/** Turn the public page (public notes only) on or off, and name it. */
export function ProfileSettings() {
  const profile = useNotesProfile();
  if (profile.isPending) return <LoadingState label="Loading your public page settings…" />;
  if (profile.isError) return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  return <ProfileForm profile={profile.data} />;
}

function ProfileForm({ profile }: { profile: NotesProfile }) {
  const id = useId();
  const update = useUpdateNotesProfile();
  const [enabled, setEnabled] = useState(profile.enabled);
  const [displayName, setDisplayName] = useState(profile.display_name);
  const [status, setStatus] = useState<string | null>(null);
  const errors = formErrors(update.error, ['enabled', 'display_name']);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus(null);
    update.mutate(
      { enabled, display_name: displayName },
      { onSuccess: (saved) => setStatus(saved.enabled ? 'Your public page is on.' : 'Your public page is off.') },
    );
  };
  const pageUrl = `/people/${encodeURIComponent(profile.username)}`;
  return (
    <form className={styles.settings} onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your public page</h2>
      <p className={styles.hint}>
        It shows your public notes and nothing else: no progress, no groups. While it is off, its address shows
        nothing.
      </p>
      <FormAlert message={update.isError && Object.keys(errors.fields).length === 0 ? errors.form : null} />
      <label className={styles.choice}>
        <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
        Show my public notes on a public page
      </label>
      <div className={styles.field}>
        <label htmlFor={`${id}-name`}>Display name (optional)</label>
        <input
          id={`${id}-name`}
          type="text"
          value={displayName}
          maxLength={DISPLAY_NAME_MAX}
          placeholder={profile.username}
          onChange={(event) => setDisplayName(event.target.value)}
          aria-invalid={Boolean(errors.fields.display_name) || undefined}
          aria-describedby={errors.fields.display_name ? `${id}-name-error` : undefined}
        />
        {errors.fields.display_name && (
          <p id={`${id}-name-error`} className={styles.error}>
            {errors.fields.display_name.join(' ')}
          </p>
        )}
      </div>
      <div className={styles.actions}>
        <button type="submit" className="button secondary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save page settings'}
        </button>
        <p role="status" className={styles.status}>
          {status}
        </p>
      </div>
      {(update.data?.enabled ?? profile.enabled) && (
        <p>
          Your page: <Link to={pageUrl}>{pageUrl}</Link>
        </p>
      )}
    </form>
  );
}
