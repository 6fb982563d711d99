import { useDeferredValue } from 'react';
import { LazyMarkdown } from '@/components/LazyMarkdown';
import { FieldErrors } from './FieldErrors';
import styles from './Groups.module.css';

export const BODY_MAX = 10_000;

/** A Markdown textarea with a live preview of how it will look ($…$ renders as maths). */
export function MarkdownEditor({
  id,
  label,
  value,
  onChange,
  errors,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
}) {
  const preview = useDeferredValue(value);
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className={styles.hint}>
        Markdown works: **bold**, `code`, lists, and maths between dollar signs such as $x^2$.
      </p>
      <textarea
        id={id}
        value={value}
        maxLength={BODY_MAX}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={`${id}-hint${errors?.length ? ` ${id}-error` : ''}`}
      />
      <FieldErrors messages={errors} id={`${id}-error`} />
      {preview.trim() && (
        <section aria-label={`Preview of ${label.toLowerCase()}`} className={styles.preview}>
          <p className={styles.hint}>Preview</p>
          <LazyMarkdown>{preview}</LazyMarkdown>
        </section>
      )}
    </div>
  );
}
