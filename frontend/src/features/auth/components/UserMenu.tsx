import { Link, useNavigate } from 'react-router';
import { useMe } from '../api/get-me';
import { useLogout } from '../api/logout';
import styles from './UserMenu.module.css';

/** The header's account area: the signed-in user and Log out, or links to log in and register. */
export function UserMenu() {
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();

  if (me.isPending) return <span className={styles.placeholder} aria-hidden="true" />;

  if (me.data?.authenticated && me.data.user) {
    return (
      <div className={styles.menu}>
        <Link to="/account" className={styles.user} aria-label={`Account: ${me.data.user.username}`}>
          <span className={styles.avatar} aria-hidden="true">
            {me.data.user.username.charAt(0).toUpperCase()}
          </span>
          <span data-testid="current-username">{me.data.user.username}</span>
        </Link>
        <button
          type="button"
          className="button secondary small"
          disabled={logout.isPending}
          onClick={() => logout.mutate(undefined, { onSuccess: () => void navigate('/') })}
        >
          Log out
        </button>
      </div>
    );
  }

  return (
    <div className={styles.menu}>
      <Link to="/login" className={styles.link}>
        Log in
      </Link>
      <Link to="/register" className="button small">
        Register
      </Link>
    </div>
  );
}
