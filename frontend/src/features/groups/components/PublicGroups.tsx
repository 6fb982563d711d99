import { useDeferredValue, useId, useState } from 'react';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { usePublicGroups } from '../api/groups';
import { membersText } from './format';
import styles from './Groups.module.css';

export function PublicGroups() {
  const id = useId();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const groups = usePublicGroups(q);

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Public groups</h2>
      <div className={styles.field}>
        <label htmlFor={`${id}-search`}>Search by name</label>
        <input
          id={`${id}-search`}
          type="search"
          maxLength={80}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <div aria-live="polite" style={{ marginTop: 'var(--space-3)' }}>
        {groups.isPending && <LoadingState label="Loading public groups…" />}
        {groups.isError && <ErrorState error={groups.error} onRetry={() => void groups.refetch()} />}
        {groups.data && groups.data.length === 0 && (
          <EmptyState>
            <p>
              {q ? `No public group has “${q}” in its name.` : 'No public groups yet.'} You can start your own and make
              it public so others can find it.
            </p>
          </EmptyState>
        )}
        {groups.data && groups.data.length > 0 && (
          <ul className={styles.list} aria-label="Public groups">
            {groups.data.map((group) => (
              <li key={group.id} className={styles.item}>
                <h3>
                  <Link to={`/groups/${group.id}`}>{group.name}</Link>
                </h3>
                <p className={styles.meta}>
                  {group.goal_title ? `Goal: ${group.goal_title}` : 'No goal role'} ·{' '}
                  {membersText(group.member_count, group.member_limit)}
                </p>
                {group.description && <p className={styles.meta}>{group.description}</p>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
