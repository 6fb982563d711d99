import styles from './FormAlert.module.css';

/** A message about the whole form (not one field), announced to screen readers. */

export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className={styles.alert} role="alert">
      {message}
    </p>
  );
}
