import { SignInLinks } from '@/components/SignInLinks';
import { useDocumentTitle } from '@/lib/use-document-title';
import styles from './PractiseSignIn.module.css';

/** Shown instead of an exercise to a visitor who is not logged in; both links come back here. */
export function PractiseSignIn() {
  useDocumentTitle('Log in to practise');
  return (
    <section className={styles.panel} aria-labelledby="practise-sign-in">
      <span className={styles.mark} aria-hidden="true">
        ∑
      </span>
      <h1 id="practise-sign-in">Log in to practise</h1>
      <p>Your answers and progress are saved to your account, so you can pick up where you left off.</p>
      <SignInLinks className={styles.actions} />
    </section>
  );
}
