import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { LoadingState } from '@/components/States';
import { useMe } from '@/features/auth/api/get-me';
import { ChangePasswordForm } from '@/features/auth/components/ChangePasswordForm';
import { DeleteAccountForm } from '@/features/auth/components/DeleteAccountForm';
import { DownloadMyData } from '@/features/auth/components/DownloadMyData';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useSignInPaths } from '@/lib/use-sign-in-paths';
import styles from './AccountPage.module.css';

function AccountDeleted() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className={styles.account}>
      <h1 ref={heading} tabIndex={-1}>
        Your account has been deleted
      </h1>
      <p>Your data is gone and you have been logged out. Thank you for learning with Lemma.</p>
      <p>
        <Link to="/">Back to the home page</Link>
      </p>
    </div>
  );
}

export default function AccountPage() {
  useDocumentTitle('Your account');
  const me = useMe();
  const signIn = useSignInPaths();
  const [deleted, setDeleted] = useState(false);
  if (deleted) return <AccountDeleted />;
  if (me.isPending) return <LoadingState label="Loading your account…" />;
  const user = me.data?.user;
  if (!user) {
    return (
      <div className={styles.account}>
        <h1>Your account</h1>
        <p>
          <Link to={signIn.login}>Log in</Link> to see your account.
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
      <DownloadMyData />
      <DeleteAccountForm onDeleted={() => setDeleted(true)} />
    </div>
  );
}
