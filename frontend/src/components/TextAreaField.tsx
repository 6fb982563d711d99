import { useId, type TextareaHTMLAttributes } from 'react';
import controls from './FieldControls.module.css';
import styles from './FormField.module.css';

type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  name: string;
  errors?: string[];
  hint?: string;
};

/** FormField's multi-line sibling: a label, an optional hint and the field's errors, all linked. */
export function TextAreaField({ label, name, errors = [], hint, ...textarea }: TextAreaFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      <textarea
        id={id}
        name={name}
        className={controls.control}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy || undefined}
        {...textarea}
      />
      {errors.length > 0 && (
        <ul id={`${id}-error`} className={styles.errors}>
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
