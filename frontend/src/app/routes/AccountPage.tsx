import { Link } from 'react-router';
import { LoadingState } from '@/components/States';
import { useMe } from '@/features/auth/api/get-me';
import { ChangePasswordForm } from '@/features/auth/components/ChangePasswordForm';
import { useDocumentTitle } from '@/lib/use-document-title';
import styles from './AccountPage.module.css';

export default function AccountPage() {
  useDocumentTitle('Your account');
  const me = useMe();
  if (me.isPending) return <LoadingState label="Loading your account…" />;
  const user = me.data?.user;
  if (!user) {
    return (
      <div className={styles.account}>
        <h1>Your account</h1>
        <p>
          <Link to="/login?next=/account">Log in</Link> to see your account.
        </p>
      </div>
    );
  }
  return (
    <div className={styles.account}>
      <h1>Your account</h1>
      <dl className={styles.details}>
        <dt>Username</dt>
        <dd>{user.username}</dd>
        <dt>Email</dt>
        <dd>{user.email || '—'}</dd>
      </dl>
      <ChangePasswordForm />
    </div>
  );
}
