import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { FormField } from '@/components/FormField';
import { useRegister } from '../api/register';
import { formErrors } from '@/lib/form-errors';
import { FormAlert } from '@/components/FormAlert';
import styles from './AuthForm.module.css';

export function RegisterForm({ onSuccess }: { onSuccess: () => void }) {
  const mutation = useRegister();
  const errors = formErrors(mutation.error, ['username', 'email', 'password']);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    mutation.mutate(
      {
        username: String(data.get('username') ?? ''),
        email: String(data.get('email') ?? ''),
        password: String(data.get('password') ?? ''),
      },
      { onSuccess },
    );
  };

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-labelledby="register-title">
      <h1 id="register-title">Create an account</h1>
      <p className={styles.intro}>An account keeps your place. Browsing the roadmaps needs none.</p>
      <FormAlert message={errors.form} />
      <FormField label="Username" name="username" autoComplete="username" required errors={errors.fields.username} />
      <FormField label="Email" name="email" type="email" autoComplete="email" required errors={errors.fields.email} />
      <FormField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters, not too common and not all numbers."
        required
        errors={errors.fields.password}
      />
      <button type="submit" className="button" disabled={mutation.isPending}>
        {mutation.isPending ? 'Creating your account…' : 'Create account'}
      </button>
      <p className={styles.switch}>
        Already have an account? <Link to="/login">Log in</Link>
      </p>
    </form>
  );
}
