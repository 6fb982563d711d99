import { SignInLinks } from '@/components/SignInLinks';
import styles from './Groups.module.css';

/** For a visitor who is not logged in; both links come back to this page afterwards. */
export function SignInPrompt({ title, reason }: { title: string; reason: string }) {
  return (
    <section className={styles.card} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{title}</h1>
      <p>{reason}</p>
      <SignInLinks className={styles.inline} />
    </section>
  );
}
