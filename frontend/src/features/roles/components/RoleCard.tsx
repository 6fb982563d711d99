import { Link } from 'react-router';
import { formatHours, formatMonths, monthsOfStudy } from '@/lib/format';
import type { RoleSummary } from '../api/get-roles';
import { useRole } from '../api/get-role';
import styles from './RoleCard.module.css';

export function RoleCard({ role }: { role: RoleSummary }) {
  const detail = useRole(role.slug);
  const headingId = `role-${role.slug}`;
  const fastest = formatMonths(monthsOfStudy(role.core_hours, 3));
  const slowest = formatMonths(monthsOfStudy(role.core_hours, 1));
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.title}>
        {role.title}
      </h3>
      <p className={styles.summary}>{role.summary}</p>
      <p className={styles.hours}>
        <strong>{formatHours(role.core_hours)}</strong> of core study
        <span className={styles.pace}>
          {fastest} at 3 h a day · {slowest} at 1 h a day
        </span>
      </p>
      {role.longer_than_plan && <p className={styles.flag}>Longer than a 3–6 month plan</p>}
      <h4 className={styles.needsTitle}>What you will need</h4>
      {detail.data ? (
        <ul className={styles.needs}>
          {detail.data.needs.map((need) => (
            <li key={need}>{need}</li>
          ))}
        </ul>
      ) : detail.isError ? (
        <p className={styles.muted}>The list could not be loaded; the roadmap has it all.</p>
      ) : (
        <p className={styles.muted} role="status">
          Loading…
        </p>
      )}
      <Link className={`button ${styles.open}`} to={`/roles/${role.slug}`}>
        Open the roadmap<span className="visually-hidden"> for {role.title}</span>
      </Link>
    </article>
  );
}
