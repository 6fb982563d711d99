import styles from './Groups.module.css';

/** Why join a study group at all: shown where a learner has none yet. */
export function GroupsIntro() {
  return (
    <div className={styles.card}>
      <h2>Why study in a group?</h2>
      <ul>
        <li>
          <strong>A shared route.</strong> The group picks one goal role, so everyone works through the same roadmap
          and can see where the others are.
        </li>
        <li>
          <strong>A gentle push.</strong> A weekly goal and a feed of who mastered what make it easier to keep going
          on the days motivation runs low.
        </li>
        <li>
          <strong>Somewhere to ask.</strong> Post a question on a topic whenever you are stuck; whoever has mastered it
          can answer when they have time, no meeting needed.
        </li>
      </ul>
      <p className={styles.hint}>
        You choose what a group sees: your topic progress, your study hours, both or neither.
      </p>
    </div>
  );
}
