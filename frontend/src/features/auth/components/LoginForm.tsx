import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { FormField } from '@/components/FormField';
import { useLogin } from '../api/login';
import { formErrors } from '@/lib/form-errors';
import { FormAlert } from '@/components/FormAlert';
import styles from './AuthForm.module.css';

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const mutation = useLogin();
  const errors = formErrors(mutation.error, ['username', 'password']);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    mutation.mutate(
      { username: String(data.get('username') ?? ''), password: String(data.get('password') ?? '') },
      { onSuccess },
    );
  };

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-labelledby="login-title">
      <h1 id="login-title">Log in</h1>
      <FormAlert message={errors.form} />
      <FormField label="Username" name="username" autoComplete="username" required errors={errors.fields.username} />
      <FormField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={errors.fields.password}
      />
      <button type="submit" className="button" disabled={mutation.isPending}>
        {mutation.isPending ? 'Logging in…' : 'Log in'}
      </button>
      <p className={styles.switch}>
        New to Lemma? <Link to="/register">Create an account</Link>
      </p>
    </form>
  );
}
