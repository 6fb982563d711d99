import type { useAnswerChecking } from '../lib/use-answer-checking';
import { FeedbackPanel } from './FeedbackPanel';

/** The latest answer's verdict in a polite live region: read out when it arrives, while focus
 * stays in the input. */
export function VerdictRegion({ checking }: { checking: ReturnType<typeof useAnswerChecking> }) {
  const { latest } = checking;
  return (
    <div role="status" aria-label="Result" aria-atomic="true">
      {latest && (
        <FeedbackPanel
          key={latest.id}
          submission={latest}
          slow={checking.slow}
          checkError={checking.checkError}
          onRetryCheck={checking.retryCheck}
        />
      )}
    </div>
  );
}
