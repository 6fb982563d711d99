import { useLocation } from 'react-router';

/** Where "Log in" and "Create an account" lead from this page: both come back here (path and query). */
export function useSignInPaths() {
  const { pathname, search } = useLocation();
  const next = `?next=${encodeURIComponent(pathname + search)}`;
  return { login: `/login${next}`, register: `/register${next}` };
}
