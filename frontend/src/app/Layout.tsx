import { Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { LoadingState } from '@/components/States';
import { useMe } from '@/features/auth/api/get-me';
import { UserMenu } from '@/features/auth/components/UserMenu';
import styles from './Layout.module.css';

/** After a client-side navigation, start at the top and move focus to the new page's content. */
function useFocusOnNavigate() {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [pathname]);
  return main;
}

export function Layout() {
  const main = useFocusOnNavigate();
  const me = useMe();
  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skip}>
        Skip to content
      </a>
      <header className={styles.header}>
        <div className={styles.bar}>
          <Link to="/" className={styles.brand} aria-label="Lemma, home">
            <span className={styles.logo} aria-hidden="true">
              λ
            </span>
            Lemma
          </Link>
          <nav aria-label="Main" className={styles.nav}>
            <NavLink to="/" end>
              Roles
            </NavLink>
            <NavLink to="/learn">Learn on demand</NavLink>
            <NavLink to="/plan">Your plan</NavLink>
            {me.data?.is_curator && <NavLink to="/curate">Curate</NavLink>}
            {me.data?.is_staff && <NavLink to="/ops">Operations</NavLink>}
            {me.data?.user && <NavLink to="/groups">Groups</NavLink>}
            {me.data?.user && <NavLink to="/notes">Notes</NavLink>}
          </nav>
          <div className={styles.account}>
            <UserMenu />
          </div>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className={styles.main}>
        <Suspense fallback={<LoadingState label="Loading…" />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className={styles.footer}>
        <p>
          Lemma teaches the mathematics machine learning needs. Hour estimates are honest guesses for focused study;
          your pace will differ.
        </p>
      </footer>
    </div>
  );
}
