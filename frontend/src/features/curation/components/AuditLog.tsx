import { useState } from 'react';
import { EmptyState, QueryView } from '@/components/States';
import { formErrors } from '@/lib/form-errors';
import { useCurationLog, useRevertLogEntry, type LogEntry } from '../api/log';
import { changedFields, type Snapshot } from '../lib/log-diff';
import { dateTime } from './choices';
import styles from './Curation.module.css';

const actionLabels: Record<string, string> = {
  resource_create: 'Created a resource',
  resource_update: 'Edited a resource',
  resource_retire: 'Retired a resource',
  suggestion_approve: 'Approved a suggestion',
  suggestion_reject: 'Rejected a suggestion',
  link_status: 'Link status changed',
  revert: 'Reverted a change',
};

export function AuditLog() {
  const log = useCurationLog();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <div>
      <p role="status" className={styles.notice}>
        {notice}
      </p>
      <QueryView query={log} loading="Loading the audit log…">
        {(entries) =>
          entries.length === 0 ? (
            <EmptyState>Nothing has been changed yet.</EmptyState>
          ) : (
            <ul className={styles.cards} aria-label="Audit log">
              {entries.map((entry) => (
                <LogItem key={entry.id} entry={entry} onNotice={setNotice} />
              ))}
            </ul>
          )
        }
      </QueryView>
    </div>
  );
}

function LogItem({ entry, onNotice }: { entry: LogEntry; onNotice: (message: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const revert = useRevertLogEntry();
  const revertError = formErrors(revert.error, []).form;
  const rows = changedFields(entry.before as Snapshot, entry.after as Snapshot);
  const label = actionLabels[entry.action] ?? entry.action;
  const headingId = `log-${entry.id}`;
  const canRevert = entry.reverted_by === null && entry.action !== 'revert';
  return (
    <li className={styles.card} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.cardTitle}>
        {label} <span className={styles.muted}>#{entry.target_id} ({entry.target_type})</span>
      </h3>
      <p className={styles.meta}>
        {entry.actor ?? 'The link checker'} · {dateTime(entry.created_at)}
        {entry.reverts !== null && ` · undoes change #${entry.reverts}`}
        {entry.reverted_by !== null && (
          <>
            {' '}
            <span className={styles.chip}>Reverted by change #{entry.reverted_by}</span>
          </>
        )}
      </p>
      {rows.length === 0 ? (
        <p className={styles.muted}>No field changed.</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className="visually-hidden">What change #{entry.id} changed</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.field}>
                  <th scope="row">{row.field}</th>
                  <td className={styles.before}>{row.before}</td>
                  <td className={styles.after}>{row.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canRevert &&
        (confirming ? (
          <div role="group" aria-label={`Revert change #${entry.id}?`} className={styles.inlineForm}>
            <p>Put back the “Before” values of change #{entry.id}? The revert is logged too.</p>
            {revertError && <p role="alert">{revertError}</p>}
            <div className={styles.actions}>
              <button
                type="button"
                className="button small"
                disabled={revert.isPending}
                onClick={() =>
                  revert.mutate(entry.id, {
                    onSuccess: () => {
                      setConfirming(false);
                      onNotice(`Reverted change #${entry.id}.`);
                    },
                  })
                }
              >
                Yes, revert
              </button>
              <button type="button" className="button secondary small" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <div className={styles.actions}>
            <button type="button" className="button secondary small" onClick={() => setConfirming(true)}>
              Revert<span className="visually-hidden"> change #{entry.id}</span>
            </button>
          </div>
        ))}
    </li>
  );
}
