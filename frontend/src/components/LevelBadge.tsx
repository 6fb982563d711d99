import styles from './LevelBadge.module.css';

export type Level = 'core' | 'recommended' | 'optional';

const labels: Record<Level, string> = {
  core: 'Core',
  recommended: 'Recommended',
  optional: 'Optional',
};

export function LevelBadge({ level, prerequisite = false }: { level: Level; prerequisite?: boolean }) {
  return (
    <span className={styles.badges}>
      <span className={`${styles.badge} ${styles[level]}`}>{labels[level]}</span>
      {prerequisite && (
        <span className={`${styles.badge} ${styles.prerequisite}`} title="Pulled in as a prerequisite of a goal">
          prerequisite
        </span>
      )}
    </span>
  );
}
