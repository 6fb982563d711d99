import { Link, useLocation } from 'react-router';

/** "Log in" and "Create an account", each coming back to this page (path and query) afterwards. */
export function SignInLinks({ className }: { className?: string }) {
  const location = useLocation();
  const next = `?next=${encodeURIComponent(location.pathname + location.search)}`;
  return (
    <div className={className}>
      <Link to={`/login${next}`} className="button">
        Log in
      </Link>
      <Link to={`/register${next}`} className="button secondary">
        Create an account
      </Link>
    </div>
  );
}
