import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormAlert } from '@/components/FormAlert';
import { FormField } from '@/components/FormField';
import { formErrors } from '@/lib/form-errors';
import { useDeleteAccount } from '../api/delete-account';
import styles from './AccountData.module.css';

const EMPTY_PASSWORD = ['Enter your password to delete your account.'];

/**
 * Says what deleting the account removes and what stays anonymised, asks for the password, then
 * asks once more before deleting. A wrong password comes back as an error beside the field.
 */
export function DeleteAccountForm({ onDeleted }: { onDeleted: () => void }) {
  const mutation = useDeleteAccount();
  const [password, setPassword] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [missing, setMissing] = useState(false);
  const confirmBox = useRef<HTMLDivElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const errors = formErrors(mutation.error, ['password']);
  const passwordErrors = missing ? EMPTY_PASSWORD : errors.fields.password;

  // Focus follows the step: into the question, then back to the form (its field if refused).
  useEffect(() => {
    if (confirming) confirmBox.current?.focus();
    else if (wasConfirming.current) {
      const field = form.current?.elements.namedItem('password');
      if (mutation.isError && field instanceof HTMLInputElement) field.focus();
      else deleteButton.current?.focus();
    }
    wasConfirming.current = confirming;
  }, [confirming, mutation.isError]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    mutation.reset();
    setConfirming(true);
  };

  const confirm = () =>
    mutation.mutate(
      { password },
      {
        onSuccess: onDeleted,
        onError: () => {
          setPassword('');
          setConfirming(false);
        },
      },
    );

  return (
    <section className={`${styles.section} ${styles.danger}`} aria-labelledby="delete-account-title">
      <h2 id="delete-account-title">Delete your account</h2>
      <p>
        This deletes your account for good and cannot be undone. If you want a copy of your data, download it first.
      </p>
      <h3>What is deleted</h3>
      <ul className={styles.list}>
        <li>Every exercise you opened and every answer you sent, with its verdict</li>
        <li>Your progress on each topic, its history and your review schedule</li>
        <li>Your plan, study time, pauses, placement and test-out results, and calendar feed</li>
        <li>Your notes and public profile, and your place in your study groups</li>
        <li>The resources you suggested and your ratings</li>
      </ul>
      <h3>What stays, without your name</h3>
      <ul className={styles.list}>
        <li>Questions and answers you wrote in study groups stay for the others, shown as written by “Deleted learner”.</li>
        <li>
          A group you own passes to its longest-standing admin, or else its longest-standing member; a group with no one
          else in it is deleted.
        </li>
        <li>Changes you made as a curator stay in the curation log, without your name.</li>
      </ul>

      <form ref={form} onSubmit={onSubmit} noValidate>
        <FormAlert message={mutation.isError && !errors.fields.password ? errors.form : null} />
        <FormField
          label="Your password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          disabled={confirming}
          errors={passwordErrors}
        />
        {!confirming && (
          <button ref={deleteButton} type="submit" className={`button ${styles.dangerButton}`}>
            Delete my account
          </button>
        )}
      </form>

      {confirming && (
        <div
          ref={confirmBox}
          className={styles.confirm}
          role="group"
          aria-labelledby="confirm-delete"
          tabIndex={-1}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && !mutation.isPending) setConfirming(false);
          }}
        >
          <p id="confirm-delete">Delete your account and your data for good?</p>
          <div className={styles.actions}>
            <button
              type="button"
              className={`button ${styles.dangerButton}`}
              onClick={confirm}
              disabled={mutation.isPending}
            >
              {mutation.isPending ? 'Deleting…' : 'Yes, delete my account'}
            </button>
            <button
              type="button"
              className="button secondary"
              onClick={() => setConfirming(false)}
              disabled={mutation.isPending}
            >
              Keep my account
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
