import { EmptyState, QueryView } from '@/components/States';
import { formErrors } from '@/lib/form-errors';
import { useLinkReports, useStartLinkCheck, type LinkReport } from '../api/link-reports';
import { dateTime } from './choices';
import styles from './Curation.module.css';

export function LinkReports() {
  const reports = useLinkReports();
  const start = useStartLinkCheck();
  const startError = formErrors(start.error, []).form;
  return (
    <div>
      <div className={styles.actions}>
        <button type="button" className="button small" disabled={start.isPending} onClick={() => start.mutate()}>
          {start.isPending ? 'Starting…' : 'Check links now'}
        </button>
      </div>
      <p role="status" className={styles.notice}>
        {start.isSuccess && 'Link check queued: the report below updates when it finishes.'}
      </p>
      {startError && <p role="alert">{startError}</p>}
      <QueryView query={reports} loading="Loading link reports…">
        {(runs) =>
          runs.length === 0 ? (
            <EmptyState>No link check has run yet.</EmptyState>
          ) : (
            <ul className={styles.cards} aria-label="Link check runs">
              {runs.map((run) => (
                <RunItem key={run.id} run={run} />
              ))}
            </ul>
          )
        }
      </QueryView>
    </div>
  );
}

function RunItem({ run }: { run: LinkReport }) {
  const headingId = `run-${run.id}`;
  return (
    <li className={styles.card} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.cardTitle}>
        Run of {dateTime(run.started_at)}
      </h3>
      <p className={styles.meta}>
        {run.finished_at ? `Finished ${dateTime(run.finished_at)}` : 'Still running'} · {run.checked} checked ·{' '}
        <span className={styles.chip} data-tone={run.broken_count > 0 ? 'bad' : 'good'}>
          {run.broken_count} broken
        </span>
      </p>
      {run.broken.length > 0 && (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className="visually-hidden">Broken links found by this run</caption>
            <thead>
              <tr>
                <th scope="col">Resource</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {run.broken.map((item) => (
                <tr key={item.resource}>
                  <td>
                    <a href={item.url} target="_blank" rel="noopener noreferrer">
                      {item.title}
                      <span className="visually-hidden"> (opens in a new tab)</span>
                    </a>
                    <div className={styles.muted}>{item.resource}</div>
                  </td>
                  <td>
                    {item.status_code !== null && `HTTP ${item.status_code}: `}
                    {item.problem || 'No answer'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </li>
  );
}
