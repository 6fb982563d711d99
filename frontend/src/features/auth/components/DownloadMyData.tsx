import { ErrorState } from '@/components/States';
import { useDownloadMyData } from '../api/export-data';
import styles from './AccountData.module.css';

/** Download everything Lemma stores about the learner, as one JSON file. */
export function DownloadMyData() {
  const download = useDownloadMyData();
  const start = () => download.mutate();
  return (
    <section className={styles.section} aria-labelledby="your-data-title">
      <h2 id="your-data-title">Your data</h2>
      <p>
        Download everything Lemma stores about you as one JSON file: your account, plan, progress and review schedule,
        every exercise and answer, placement results, study time, notes, groups, suggestions and ratings.
      </p>
      <button type="button" className="button" onClick={start} disabled={download.isPending}>
        {download.isPending ? 'Preparing your data…' : 'Download my data'}
      </button>
      <div aria-live="polite">
        {download.isSuccess && !download.isPending && (
          <p className={styles.success}>Your data was saved as {download.data}.</p>
        )}
      </div>
      {download.isError && <ErrorState error={download.error} onRetry={start} />}
    </section>
  );
}
