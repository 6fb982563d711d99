import { MathfieldElement } from 'mathlive';
import { useEffect, useLayoutEffect, useRef } from 'react';
import styles from './MathField.module.css';

// Offline by design: fonts come from this site (copied from the mathlive package at build time,
// see vite.config.ts), and the keyboard sounds are never fetched.
MathfieldElement.fontsDirectory = new URL(`${import.meta.env.BASE_URL}mathlive-fonts/`, window.location.origin).href;
MathfieldElement.soundsDirectory = null;

export type MathFieldProps = {
  id: string;
  /** LaTeX, or plain text carried over from the text box (read as ASCII maths). */
  value: string;
  onChange: (latex: string) => void;
  /** Enter in the editor (or the virtual keyboard's return key). */
  onSubmit: () => void;
  describedBy?: string;
  autoFocus?: boolean;
};

const looksLikeLatex = (text: string) => text.includes('\\');
const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * Puts text into the editor. Plain text typed earlier is read as ASCII maths when MathLive reads
 * it faithfully (its ASCII output matches the input); otherwise the text goes in as it is, so the
 * learner's work is never silently changed.
 */
function load(mathfield: MathfieldElement, text: string) {
  if (!looksLikeLatex(text)) {
    mathfield.setValue(text, { format: 'ascii-math', silenceNotifications: true });
    if (squash(mathfield.getValue('ascii-math')) === squash(text)) return;
  }
  mathfield.setValue(text, { format: 'latex', silenceNotifications: true });
}

/** MathLive's visual editor; the answer is its LaTeX, which the grader reads. */
export default function MathField({ id, value, onChange, onSubmit, describedBy, autoFocus }: MathFieldProps) {
  const container = useRef<HTMLDivElement>(null);
  const field = useRef<MathfieldElement | null>(null);
  const handlers = useRef({ onChange, onSubmit });
  const initial = useRef({ value, autoFocus });

  useLayoutEffect(() => {
    handlers.current = { onChange, onSubmit };
  });

  useEffect(() => {
    const mathfield = new MathfieldElement();
    mathfield.id = id;
    mathfield.className = styles.field ?? '';
    mathfield.smartFence = true;
    mathfield.popoverPolicy = 'off';
    mathfield.addEventListener('input', (event) => {
      if ((event as InputEvent).inputType === 'insertLineBreak') handlers.current.onSubmit();
      else handlers.current.onChange(mathfield.value);
    });
    container.current?.append(mathfield);
    field.current = mathfield;

    const start = initial.current.value;
    if (start) {
      load(mathfield, start);
      if (mathfield.value !== start) handlers.current.onChange(mathfield.value);
    }
    if (initial.current.autoFocus) mathfield.focus();
    return () => {
      mathfield.remove();
      field.current = null;
    };
  }, [id]);

  useEffect(() => {
    const mathfield = field.current;
    if (mathfield && value !== mathfield.value) load(mathfield, value);
  }, [value]);

  useEffect(() => {
    if (describedBy) field.current?.setAttribute('aria-describedby', describedBy);
    else field.current?.removeAttribute('aria-describedby');
  }, [describedBy]);

  return <div ref={container} className={styles.container} />;
}
