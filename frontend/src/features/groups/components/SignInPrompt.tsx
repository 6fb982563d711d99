import { Link, useLocation } from 'react-router';
import styles from './Groups.module.css';

/** For a visitor who is not logged in; both links come back to this page afterwards. */
export function SignInPrompt({ title, reason }: { title: string; reason: string }) {
  const location = useLocation();
  const next = `?next=${encodeURIComponent(location.pathname + location.search)}`;
  return (
    <section className={styles.card} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{title}</h1>
      <p>{reason}</p>
      <div className={styles.inline}>
        <Link to={`/login${next}`} className="button">
          Log in
        </Link>
        <Link to={`/register${next}`} className="button secondary">
          Create an account
        </Link>
      </div>
    </section>
  );
}
