import type { FormEvent } from 'react';
import { FormField } from '@/components/FormField';
import { useChangePassword } from '../api/change-password';
import { formErrors } from '@/lib/form-errors';
import { FormAlert } from '@/components/FormAlert';
import styles from './AuthForm.module.css';

export function ChangePasswordForm() {
  const mutation = useChangePassword();
  const errors = formErrors(mutation.error, ['old_password', 'new_password']);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    mutation.mutate(
      { old_password: String(data.get('old_password') ?? ''), new_password: String(data.get('new_password') ?? '') },
      { onSuccess: () => form.reset() },
    );
  };

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-labelledby="password-title">
      <h2 id="password-title">Change your password</h2>
      <FormAlert message={errors.form} />
      {mutation.isSuccess && (
        <p className={styles.success} role="status">
          Your password has been changed.
        </p>
      )}
      <FormField
        label="Current password"
        name="old_password"
        type="password"
        autoComplete="current-password"
        required
        errors={errors.fields.old_password}
      />
      <FormField
        label="New password"
        name="new_password"
        type="password"
        autoComplete="new-password"
        required
        errors={errors.fields.new_password}
      />
      <button type="submit" className="button" disabled={mutation.isPending}>
        {mutation.isPending ? 'Saving…' : 'Change password'}
      </button>
    </form>
  );
}
