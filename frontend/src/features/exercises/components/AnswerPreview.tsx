import { Tex } from '@/components/Tex';
import type { Preview } from '../api/preview-answer';
import { sentence, suggestedAnswer, suggestionSentence } from '../lib/messages';
import { SourceWithError } from './SourceWithError';
import styles from './AnswerPreview.module.css';

type Props = {
  id: string;
  preview: Preview | undefined;
  /** The text the preview was made from; null while nothing is typed. */
  source: string | null;
  /** Stale: the learner has typed since this reading. */
  stale: boolean;
  /** Whether the learner sees the source as typed (not in the maths editor), so positions help. */
  showSource: boolean;
  onUseSuggestion?: (answer: string) => void;
  tips: string;
};

/** Live "Read as" under the input: how the grader will read the answer, or why it cannot. */
export function AnswerPreview({ id, preview, source, stale, showSource, onUseSuggestion, tips }: Props) {
  if (source === null || !preview) {
    return (
      <p id={id} className={styles.tips}>
        {tips}
      </p>
    );
  }
  if (preview.ok) {
    return (
      <p id={id} className={`${styles.preview} ${stale ? styles.stale : ''}`}>
        <span className={styles.label}>Read as</span> <Tex latex={preview.latex} className={styles.maths} />
      </p>
    );
  }
  const fix = suggestedAnswer(preview.suggestion);
  return (
    <div id={id} className={`${styles.problem} ${stale ? styles.stale : ''}`}>
      <p>{sentence(preview.message)}</p>
      {showSource && !stale && preview.error_position !== null && (
        <p>
          <SourceWithError source={source} position={preview.error_position} />
        </p>
      )}
      {preview.suggestion && (
        <p className={styles.suggestion}>
          {suggestionSentence(preview.suggestion)}
          {fix && onUseSuggestion && !stale && (
            <>
              {' '}
              <button type="button" className="link-button" onClick={() => onUseSuggestion(fix)}>
                Use this
              </button>
            </>
          )}
        </p>
      )}
    </div>
  );
}
