import Markdown from '@/components/Markdown';
import { Tex } from '@/components/Tex';
import type { Instance } from '../api/get-instance';
import { usePreview } from '../api/preview-answer';
import styles from './FinalAnswer.module.css';

/** The expected answer, typeset: the grader's own reading of it gives the LaTeX. */
export function FinalAnswer({ instance, answer }: { instance: Instance; answer: string }) {
  const isChoice = instance.kind === 'choice';
  const preview = usePreview(isChoice ? null : { answer, kind: instance.kind, variables: instance.variables });
  const choice = instance.choices.find((option) => option.id === answer);
  let shown;
  if (isChoice) shown = choice ? <Markdown inline>{choice.text}</Markdown> : <strong>{answer}</strong>;
  else if (preview.data?.ok) shown = <Tex latex={preview.data.latex} />;
  else shown = <code>{answer}</code>;
  return (
    <p className={styles.answer}>
      <span className={styles.label}>Answer</span> {shown}
    </p>
  );
}
