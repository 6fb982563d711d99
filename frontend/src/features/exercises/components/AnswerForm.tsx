import { useId, useReducer, useState, type FormEvent } from 'react';
import { isApiError } from '@/lib/api/errors';
import type { Instance } from '../api/get-instance';
import { usePreview } from '../api/preview-answer';
import { answerModes, answerReducer, currentAnswer, initialAnswerState, type AnswerMode } from '../lib/answer-state';
import { gridShape } from '../lib/grid';
import { prefersText, rememberPrefersText } from '../lib/input-preference';
import { answerTips } from '../lib/tips';
import { useDebouncedValue } from '../lib/use-debounced-value';
import { AnswerPreview } from './AnswerPreview';
import { ChoiceInput } from './ChoiceInput';
import { GridInput } from './GridInput';
import { MathInput } from './MathInput';
import styles from './AnswerForm.module.css';

const PREVIEW_DELAY_MS = 250;

const switchLabels: Record<AnswerMode, string> = {
  math: 'Use the maths editor',
  text: 'Type it as text',
  grid: 'Use the grid',
  choice: '',
};

type Props = {
  instance: Instance;
  onSubmit: (answer: string) => void;
  submitting: boolean;
  submitError: unknown;
};

/** The answer input for the instance's kind, its live reading, and the Check button. */
export function AnswerForm({ instance, onSubmit, submitting, submitError }: Props) {
  const grid = gridShape(instance.shape);
  const modes = answerModes(instance.kind, grid);
  const [state, dispatch] = useReducer(answerReducer, null, () =>
    initialAnswerState(instance.kind, grid, prefersText()),
  );
  const [triedEmpty, setTriedEmpty] = useState(false);
  // Focus follows a switch of input, never the first render: the page opens on the question.
  const [autoFocus, setAutoFocus] = useState(false);
  const inputId = useId();
  const previewId = `${inputId}-preview`;
  const problemId = `${inputId}-problem`;

  const { answer, problem } = currentAnswer(state);
  const settled = useDebouncedValue(answer, PREVIEW_DELAY_MS);
  const previewInput =
    state.mode !== 'choice' && settled !== null
      ? { answer: settled, kind: instance.kind, variables: instance.variables }
      : null;
  const preview = usePreview(previewInput);
  const stale = answer !== settled || preview.isPlaceholderData;

  const submit = () => {
    if (answer === null) {
      setTriedEmpty(true);
      return;
    }
    setTriedEmpty(false);
    onSubmit(answer);
  };

  const onFormSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit();
  };

  const switchTo = (mode: AnswerMode) => {
    setAutoFocus(true);
    rememberPrefersText(mode === 'text');
    dispatch({ type: 'switchMode', mode });
  };
  const otherMode = modes.find((mode) => mode !== state.mode);

  const tooLong = isApiError(submitError) ? submitError.fields.answer : undefined;
  const errorMessage =
    (triedEmpty && problem) || tooLong?.join(' ') || (submitError ? describeSubmitError(submitError) : null);
  const describedBy = [previewId, errorMessage ? problemId : null].filter(Boolean).join(' ');
  const usesFieldset = state.mode === 'grid' || state.mode === 'choice';

  const input = (() => {
    switch (state.mode) {
      case 'math':
        return (
          <MathInput
            id={inputId}
            value={state.draft}
            onChange={(value) => dispatch({ type: 'edit', value })}
            onSubmit={submit}
            describedBy={describedBy}
            autoFocus={autoFocus}
            onUnavailable={() => dispatch({ type: 'switchMode', mode: 'text' })}
          />
        );
      case 'text':
        return (
          <input
            id={inputId}
            className={styles.text}
            value={state.draft}
            onChange={(event) => dispatch({ type: 'edit', value: event.target.value })}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            aria-describedby={describedBy}
            aria-invalid={errorMessage ? true : undefined}
            autoFocus={autoFocus}
          />
        );
      case 'grid':
        return grid ? (
          <GridInput
            grid={grid}
            cells={state.cells}
            onChange={(index, value) => dispatch({ type: 'editCell', index, value })}
            describedBy={describedBy}
            autoFocus={autoFocus}
          />
        ) : null;
      case 'choice':
        return (
          <ChoiceInput
            name={inputId}
            choices={instance.choices}
            value={state.choice}
            onChange={(id) => dispatch({ type: 'choose', id })}
            onSubmit={submit}
          />
        );
    }
  })();

  // A fieldset's legend names the group for assistive technology; the visible label sits beside
  // the input switch either way, so every kind of input looks the same.
  const heading = usesFieldset ? (
    <span className={styles.label} aria-hidden="true">
      Your answer
    </span>
  ) : (
    <label
      htmlFor={inputId}
      className={styles.label}
      // A custom element is not labelable, so a click on the label focuses the editor by hand.
      onClick={() => document.getElementById(inputId)?.focus()}
    >
      Your answer
    </label>
  );

  const Group = usesFieldset ? 'fieldset' : 'div';

  return (
    <form className={styles.form} onSubmit={onFormSubmit} noValidate>
      <Group className={styles.group}>
        {usesFieldset && <legend className="visually-hidden">Your answer</legend>}
        <div className={styles.labelRow}>
          {heading}
          {otherMode && otherMode !== 'choice' && (
            <button type="button" className={`link-button ${styles.switch}`} onClick={() => switchTo(otherMode)}>
              {switchLabels[otherMode]}
            </button>
          )}
        </div>
        {input}
      </Group>
      {state.mode !== 'choice' && (
        <AnswerPreview
          id={previewId}
          preview={preview.data}
          source={previewInput?.answer ?? null}
          stale={stale}
          showSource={state.mode !== 'math'}
          onUseSuggestion={state.mode === 'text' ? (value) => dispatch({ type: 'edit', value }) : undefined}
          tips={answerTips(instance.kind, state.mode, instance.variables)}
        />
      )}
      {errorMessage && (
        <p id={problemId} className={styles.error} role="alert">
          {errorMessage}
        </p>
      )}
      <div className={styles.submitRow}>
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? 'Sending…' : 'Check answer'}
        </button>
      </div>
    </form>
  );
}

function describeSubmitError(error: unknown): string {
  if (isApiError(error) && error.code === 'not_authenticated') {
    return 'Your session has ended. Log in again to keep practising; your answer is still here.';
  }
  if (isApiError(error)) return error.message;
  return 'Could not send your answer. Check your connection and try again; your answer is still here.';
}
