import { Link } from 'react-router';
import { EmptyState } from '@/components/States';
import type { MyGroup } from '../api/groups';
import { membersText } from './format';
import styles from './Groups.module.css';

export function MyGroups({ groups }: { groups: MyGroup[] }) {
  if (groups.length === 0) {
    return (
      <EmptyState>
        <p>You are not in a study group yet. Create one below and invite a friend, join with an invite code, or
          pick a public group to look at.</p>
      </EmptyState>
    );
  }
  return (
    <ul className={styles.list} aria-label="Your groups">
      {groups.map((group) => (
        <li key={group.id} className={styles.item}>
          <h3>
            <Link to={`/groups/${group.id}`}>{group.name}</Link>
          </h3>
          <p className={styles.meta}>
            {group.goal_title ? `Goal: ${group.goal_title}` : 'No goal role'} · You are{' '}
            <span className={styles.role}>{group.role}</span> · {membersText(group.member_count, group.member_limit)}
          </p>
        </li>
      ))}
    </ul>
  );
}
