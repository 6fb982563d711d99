import { ErrorState, LoadingState } from '@/components/States';
import { useTaskCounts, type TaskCounts as Counts } from '../api/tasks';
import styles from './TaskCounts.module.css';

function age(seconds: number | null): string {
  if (seconds === null) return 'none';
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 3600)} h`;
}

function Tile({ label, value, warn = false }: { label: string; value: string | number; warn?: boolean }) {
  return (
    <div className={warn ? `${styles.tile} ${styles.warn}` : styles.tile}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

export function TaskCountsView({ counts }: { counts: Counts }) {
  const { grading } = counts;
  const failures = Object.entries(counts.failed_last_24h).sort(([a], [b]) => a.localeCompare(b));
  const inProcess = counts.mode === 'in-process';
  return (
    <>
      <section aria-labelledby="grading-heading">
        <h2 id="grading-heading">Grading</h2>
        <dl className={styles.grid}>
          <Tile label="Waiting" value={grading.queued} />
          <Tile label="Being graded" value={grading.grading} />
          <Tile
            label="Oldest waiting"
            value={age(grading.oldest_pending_seconds)}
            warn={(grading.oldest_pending_seconds ?? 0) > 60}
          />
          <Tile label="Graded, last 24 h" value={grading.graded_last_24h} />
          <Tile label="Failed, last 24 h" value={grading.failed_last_24h} warn={grading.failed_last_24h > 0} />
        </dl>
      </section>
      <section aria-labelledby="tasks-heading">
        <h2 id="tasks-heading">Background tasks</h2>
        {inProcess ? (
          <p className={styles.note}>Tasks run inside the web process here (no Redis configured), so nothing queues.</p>
        ) : (
          <dl className={styles.grid}>
            <Tile label="Queued" value={counts.queued ?? 'Redis unreachable'} warn={counts.queued === null} />
            <Tile label="Running" value={counts.running ?? 'no worker answered'} warn={counts.running === null} />
            <Tile label="Workers" value={counts.workers?.length ?? 0} warn={!counts.workers?.length} />
          </dl>
        )}
        <table className={styles.table}>
          <caption className={styles.note}>Failed runs today, by task</caption>
          <thead>
            <tr>
              <th scope="col">Task</th>
              <th scope="col">Failures</th>
            </tr>
          </thead>
          <tbody>
            {failures.map(([task, count]) => (
              <tr key={task}>
                <td>
                  <code>{task}</code>
                </td>
                <td>{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

export function TaskCounts() {
  const counts = useTaskCounts();
  if (counts.isPending) return <LoadingState label="Loading task counts…" />;
  if (counts.isError) return <ErrorState error={counts.error} onRetry={() => void counts.refetch()} />;
  return <TaskCountsView counts={counts.data} />;
}
