import { claimFit, formatHours, formatMonths, type ClaimFit } from '@/lib/format';
import type { RoleDetail } from '../api/get-role';
import styles from './StudyPlan.module.css';

const fitText: Record<ClaimFit, string> = {
  under: 'quicker than the plan',
  within: 'within the plan',
  over: 'longer than the plan',
};

/** Months of study at 1, 2 and 3 hours a day, drawn against the 3–6 month band the sources claim. */
export function StudyPlan({ role }: { role: RoleDetail }) {
  const { claim, hours, plan } = role;
  const longest = Math.max(claim.max_months, ...plan.map((row) => row.core_and_recommended_months));
  const scale = longest * 1.05;
  const percent = (months: number) => `${Math.min(100, (months / scale) * 100)}%`;
  const band = { left: percent(claim.min_months), width: `calc(${percent(claim.max_months)} - ${percent(claim.min_months)})` };

  const cell = (months: number) => {
    const fit = claimFit(months, claim);
    return (
      <td>
        <span className={styles.value}>
          {formatMonths(months)}
          <span className={`${styles.fit} ${styles[`${fit}Text`]}`}>
            <span className="visually-hidden">, </span>
            {fitText[fit]}
          </span>
        </span>
        <span className={styles.track} aria-hidden="true">
          <span className={styles.band} style={band} />
          <span className={`${styles.bar} ${styles[fit]}`} style={{ width: percent(months) }} />
        </span>
      </td>
    );
  };

  return (
    <section aria-labelledby="study-plan" className={styles.plan}>
      <h2 id="study-plan" className={styles.title}>
        How long it takes
      </h2>
      <table className={styles.table}>
        <caption className="visually-hidden">
          Months of study for {role.title} at 1, 2 and 3 hours a day
        </caption>
        <thead>
          <tr>
            <th scope="col">Pace</th>
            <th scope="col">
              Core <span className={styles.total}>{formatHours(hours.core)}</span>
            </th>
            <th scope="col">
              Core + recommended <span className={styles.total}>{formatHours(hours.core + hours.recommended)}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.map((row) => (
            <tr key={row.hours_per_day}>
              <th scope="row">{row.hours_per_day} h/day</th>
              {cell(row.core_months)}
              {cell(row.core_and_recommended_months)}
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.legend}>
        <span className={styles.legendBand} aria-hidden="true" /> The shaded band is the {claim.min_months}–
        {claim.max_months} month plan the sources describe, at {claim.min_hours_per_day}–{claim.max_hours_per_day}{' '}
        hours a day.
        {hours.optional > 0 && <> Optional topics add another {formatHours(hours.optional)}.</>}
      </p>
    </section>
  );
}
