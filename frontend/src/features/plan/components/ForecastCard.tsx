import type { ReactNode } from 'react';
import type { Forecast } from '../api/plan';
import styles from './Plan.module.css';

const STATUS: Record<Forecast['status'], string> = {
  ahead: 'Ahead of plan',
  on_track: 'On track',
  behind: 'Behind plan',
  done: 'Goal mastered',
};

function formatDate(iso: string | null): string {
  if (!iso) return 'beyond three years';
  return new Date(`${iso}T12:00:00`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

/**
 * The simulated finish range as a bar from P10 to P90 with the median and target marked, the pace
 * it assumes, and `children` (narrower goals) below.
 */
export function ForecastCard({ forecast, children }: { forecast: Forecast; children?: ReactNode }) {
  const start = new Date(`${forecast.as_of}T12:00:00`).getTime();
  const points = [forecast.p10, forecast.p50, forecast.p90, forecast.target_date]
    .filter((value): value is string => Boolean(value))
    .map((value) => new Date(`${value}T12:00:00`).getTime());
  const end = Math.max(...points, start + 86_400_000);
  const at = (iso: string | null) =>
    iso ? `${Math.min(100, (100 * (new Date(`${iso}T12:00:00`).getTime() - start)) / (end - start))}%` : '100%';
  return (
    <section className={styles.forecast} aria-labelledby="forecast-title">
      <h2 id="forecast-title">
        Forecast <span className={styles.status} data-status={forecast.status}>{STATUS[forecast.status]}</span>
      </h2>
      <p>{forecast.message}</p>
      {forecast.status !== 'done' && (
        <>
          <div className={styles.range} role="img" aria-label={`Likely finish between ${formatDate(forecast.p10)} and ${formatDate(forecast.p90)}, most likely ${formatDate(forecast.p50)}; target ${formatDate(forecast.target_date)}.`}>
            <span className={styles.band} style={{ left: at(forecast.p10), width: `calc(${at(forecast.p90)} - ${at(forecast.p10)})` }} />
            <span className={styles.median} style={{ left: at(forecast.p50) }} />
            <span className={styles.target} style={{ left: at(forecast.target_date) }} />
          </div>
          <p className={styles.legend} aria-hidden="true">
            <span className={styles.legendBand} /> likely range (10–90%) <span className={styles.legendMedian} /> most
            likely <span className={styles.legendTarget} /> your target
          </p>
          <dl className={styles.facts}>
            <dt>Most likely</dt>
            <dd>{formatDate(forecast.p50)}</dd>
            <dt>80% sure by</dt>
            <dd>{formatDate(forecast.p80)}</dd>
            <dt>Target</dt>
            <dd>{formatDate(forecast.target_date)}</dd>
            <dt>Chance of making it</dt>
            <dd>{Math.round(forecast.chance_by_target * 100)}%</dd>
            <dt>Study left, reviews included</dt>
            <dd>{forecast.remaining_hours} h</dd>
            <dt>Your pace</dt>
            <dd>{forecast.pace.toFixed(1)}× the estimates</dd>
          </dl>
          <p className={styles.pace}>{forecast.pace_explanation}</p>
        </>
      )}
      {children}
    </section>
  );
}
