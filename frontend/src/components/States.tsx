import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { describeError, isApiError } from '@/lib/api/errors';
import styles from './States.module.css';

export function LoadingState({ label }: { label: string }) {
  return (
    <div className={styles.loading} role="status" aria-live="polite">
      <span className={styles.spinner} aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div className={styles.error} role="alert">
      <p>{describeError(error)}</p>
      {onRetry && (
        <button type="button" className="button secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <div className={styles.empty}>{children}</div>;
}

export function NotFoundState({ what }: { what: string }) {
  return (
    <div className={styles.notFound}>
      <h1>We could not find that {what}</h1>
      <p>It may have been renamed or retired. Try one of these instead:</p>
      <ul>
        <li>
          <Link to="/">Choose a role</Link>
        </li>
        <li>
          <Link to="/learn">Learn a topic on demand</Link>
        </li>
      </ul>
    </div>
  );
}

type QueryViewProps<T> = {
  query: UseQueryResult<T>;
  loading: string;
  /** Names the thing in the not-found message ("topic", "role"); without it a 404 is a plain error. */
  notFound?: string;
  children: (data: T) => ReactNode;
};

/** Renders a query's loading, error and not-found states the same way on every screen. */
export function QueryView<T>({ query, loading, notFound, children }: QueryViewProps<T>) {
  if (query.isPending) return <LoadingState label={loading} />;
  if (query.isError) {
    if (notFound && isApiError(query.error) && query.error.isNotFound) return <NotFoundState what={notFound} />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <>{children(query.data)}</>;
}
