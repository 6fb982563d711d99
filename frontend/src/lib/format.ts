export function formatHours(hours: number): string {
  const rounded = Math.round(hours * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'hour' : 'hours'}`;
}

/** Short form for tight spaces: "12 h". */
export function formatHoursShort(hours: number): string {
  return `${Math.round(hours * 10) / 10} h`;
}

/**
 * Months rounded to the nearest half, so estimates do not look more precise than they are:
 * 0.3 → "under a month", 1 → "1 month", 2.26 → "2.5 months", 30 → "2.5 years".
 */
export function formatMonths(months: number): string {
  if (!Number.isFinite(months) || months < 0) return '—';
  if (months < 0.75) return 'under a month';
  if (months >= 24) {
    const years = Math.round((months / 12) * 2) / 2;
    return `${years} years`;
  }
  const half = Math.round(months * 2) / 2;
  return `${half} ${half === 1 ? 'month' : 'months'}`;
}

export const DAYS_PER_MONTH = 30;

export function monthsOfStudy(hours: number, hoursPerDay: number): number {
  return hours / hoursPerDay / DAYS_PER_MONTH;
}

/** Calendar time for a number of study hours at a daily pace: "4 days", "3 weeks", "2.5 months". */
export function formatStudyTime(hours: number, hoursPerDay: number): string {
  const days = Math.ceil(hours / hoursPerDay);
  if (days <= 0) return 'no time';
  if (days < 14) return `${days} ${days === 1 ? 'day' : 'days'}`;
  if (days < 60) return `${Math.round(days / 7)} weeks`;
  return formatMonths(days / DAYS_PER_MONTH);
}

export type ClaimFit = 'under' | 'within' | 'over';

/** Compares months, rounded as formatMonths shows them, with the claimed range. */
export function claimFit(months: number, claim: { min_months: number; max_months: number }): ClaimFit {
  const shown = Math.round(months * 2) / 2;
  if (shown < claim.min_months) return 'under';
  if (shown > claim.max_months) return 'over';
  return 'within';
}
