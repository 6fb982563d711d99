import { useEffect, useRef, useState } from 'react';
import Markdown from '@/components/Markdown';
import { ErrorState } from '@/components/States';
import type { Instance } from '../api/get-instance';
import { useRevealHint } from '../api/reveal-hint';
import { useRevealSolution } from '../api/reveal-solution';
import { FinalAnswer } from './FinalAnswer';
import styles from './HelpPanel.module.css';

/** Hints one at a time, then the worked solution behind a confirmation (it counts as giving up). */
export function HelpPanel({ instance }: { instance: Instance }) {
  const hint = useRevealHint(instance.id);
  const solution = useRevealSolution(instance.id);
  const [confirming, setConfirming] = useState(false);
  const hintItems = useRef<(HTMLLIElement | null)[]>([]);
  const solutionHeading = useRef<HTMLHeadingElement>(null);
  const solutionButton = useRef<HTMLButtonElement>(null);
  const confirmBox = useRef<HTMLDivElement>(null);
  const focusHint = useRef(false);
  const wasConfirming = useRef(false);

  const shown = instance.hints.length;
  const moreHints = shown < instance.hints_total && instance.solution === null;

  useEffect(() => {
    if (!focusHint.current) return;
    focusHint.current = false;
    hintItems.current[shown - 1]?.focus();
  }, [shown]);

  // Focus never falls to the page: into the question, then back to the button or on to the solution.
  useEffect(() => {
    if (confirming) confirmBox.current?.focus();
    else if (wasConfirming.current) (solutionHeading.current ?? solutionButton.current)?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const revealHint = () => {
    focusHint.current = true;
    hint.mutate();
  };

  const revealSolution = () => solution.mutate(undefined, { onSuccess: () => setConfirming(false) });
  const cancel = () => setConfirming(false);

  return (
    <section className={styles.help} aria-labelledby="help-title">
      <h2 id="help-title" className={styles.title}>
        Stuck?
      </h2>
      {shown > 0 && (
        <ol className={styles.hints} aria-label="Hints">
          {instance.hints.map((text, index) => (
            <li
              key={index}
              tabIndex={-1}
              ref={(element) => {
                hintItems.current[index] = element;
              }}
            >
              <span className={styles.hintLabel}>Hint {index + 1}</span>
              <Markdown>{text}</Markdown>
            </li>
          ))}
        </ol>
      )}

      {instance.solution === null && !confirming && (
        <div className={styles.actions}>
          {moreHints && (
            <button type="button" className="button secondary" onClick={revealHint} disabled={hint.isPending}>
              {hint.isPending ? 'Loading the hint…' : `Show a hint (${shown + 1} of ${instance.hints_total})`}
            </button>
          )}
          {!moreHints && instance.hints_total > 0 && <p className={styles.muted}>That is every hint.</p>}
          <button
            ref={solutionButton}
            type="button"
            className="button secondary"
            onClick={() => setConfirming(true)}
          >
            Show worked solution
          </button>
        </div>
      )}
      {hint.isError && <ErrorState error={hint.error} onRetry={revealHint} />}

      {confirming && (
        <div
          ref={confirmBox}
          className={styles.confirm}
          role="group"
          aria-labelledby="confirm-solution"
          tabIndex={-1}
          onKeyDown={(event) => {
            if (event.key === 'Escape') cancel();
          }}
        >
          <p id="confirm-solution">Show the worked solution? This exercise will count as not solved.</p>
          <div className={styles.actions}>
            <button type="button" className="button" onClick={revealSolution} disabled={solution.isPending}>
              {solution.isPending ? 'Loading the solution…' : 'Show the solution'}
            </button>
            <button type="button" className="button secondary" onClick={cancel}>
              Keep trying
            </button>
          </div>
          {solution.isError && <ErrorState error={solution.error} />}
        </div>
      )}

      {instance.solution !== null && (
        <div className={styles.solution}>
          <h3 ref={solutionHeading} tabIndex={-1}>
            Worked solution
          </h3>
          <Markdown>{instance.solution}</Markdown>
          {instance.answer !== null && <FinalAnswer instance={instance} answer={instance.answer} />}
        </div>
      )}
    </section>
  );
}
