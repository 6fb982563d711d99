import { LazyMarkdown } from '@/components/LazyMarkdown';
import type { RoleDetail } from '../api/get-role';
import { StudyPlan } from './StudyPlan';
import styles from './RoleHeader.module.css';

export function RoleHeader({ role }: { role: RoleDetail }) {
  const { claim } = role;
  return (
    <header className={styles.header}>
      <p className={styles.eyebrow}>Roadmap</p>
      <h1 className={styles.title}>{role.title}</h1>
      <p className={styles.summary}>{role.summary}</p>
      {role.longer_than_plan && (
        <p className={styles.flag}>
          <strong>Longer than a 3–6 month plan.</strong> The sources say applied roles take {claim.min_months}–
          {claim.max_months} months at {claim.min_hours_per_day}–{claim.max_hours_per_day} hours a day. Research
          asks for far more depth, so treat this roadmap as the first stretch of a longer road.
        </p>
      )}
      <div className={styles.columns}>
        <section aria-labelledby="about-role" className={styles.about}>
          <h2 id="about-role" className={styles.sectionTitle}>
            About the role
          </h2>
          <LazyMarkdown>{role.description}</LazyMarkdown>
          {role.needs.length > 0 && (
            <details className={styles.needs}>
              <summary>What the role needs, in short</summary>
              <ul>
                {role.needs.map((need) => (
                  <li key={need}>{need}</li>
                ))}
              </ul>
            </details>
          )}
        </section>
        <StudyPlan role={role} />
      </div>
    </header>
  );
}
