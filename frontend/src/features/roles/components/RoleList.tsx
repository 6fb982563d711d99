import { QueryView } from '@/components/States';
import { useRoles, type RoleSummary } from '../api/get-roles';
import { RoleCard } from './RoleCard';
import styles from './RoleList.module.css';

/** Shortest road first; roles that outgrow the 3–6 month plan come last. */
function byLength(roles: readonly RoleSummary[]): RoleSummary[] {
  return [...roles].sort(
    (a, b) => Number(a.longer_than_plan) - Number(b.longer_than_plan) || a.core_hours - b.core_hours,
  );
}

export function RoleList() {
  const roles = useRoles();
  return (
    <QueryView query={roles} loading="Loading roles…">
      {(data) =>
        data.length === 0 ? (
          <p>No roles have been published yet.</p>
        ) : (
          <div className={styles.grid}>
            {byLength(data).map((role) => (
              <RoleCard key={role.slug} role={role} />
            ))}
          </div>
        )
      }
    </QueryView>
  );
}
