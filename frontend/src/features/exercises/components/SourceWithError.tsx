import styles from './SourceWithError.module.css';

/** The answer as typed, with the character the reader stopped at underlined. */
export function SourceWithError({ source, position }: { source: string; position: number }) {
  const at = Math.min(Math.max(position, 0), source.length);
  const before = source.slice(0, at);
  const char = source.slice(at, at + 1);
  const after = source.slice(at + 1);
  return (
    <code className={styles.source}>
      {before}
      <span className="visually-hidden">{char ? ` (the problem is at “${char}”) ` : ' (something is missing at the end) '}</span>
      <mark className={styles.mark} aria-hidden="true">
        {char || '\u00a0'}
      </mark>
      {after}
    </code>
  );
}
