import { Link } from 'react-router';
import { useSignInPaths } from '@/lib/use-sign-in-paths';

/** "Log in" and "Create an account", each coming back to this page (path and query) afterwards. */
export function SignInLinks({ className }: { className?: string }) {
  const paths = useSignInPaths();
  return (
    <div className={className}>
      <Link to={paths.login} className="button">
        Log in
      </Link>
      <Link to={paths.register} className="button secondary">
        Create an account
      </Link>
    </div>
  );
}
