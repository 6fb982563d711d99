import { Link } from 'react-router';
import { RoleList } from '@/features/roles/components/RoleList';
import { useDocumentTitle } from '@/lib/use-document-title';
import styles from './HomePage.module.css';

export function HomePage() {
  useDocumentTitle(undefined);
  return (
    <>
      <section className={styles.hero} aria-labelledby="home-title">
        <h1 id="home-title" className={styles.title}>
          The mathematics machine learning needs, in the order you need it.
        </h1>
        <p className={styles.lead}>
          Choose the role you are aiming for. Lemma lays out its topics as a map of prerequisites, with honest hours
          and the best free and paid resources for each.
        </p>
      </section>

      <section aria-labelledby="roles-title">
        <h2 id="roles-title" className={styles.sectionTitle}>
          Choose a role
        </h2>
        <RoleList />
      </section>

      <section className={styles.note} aria-labelledby="time-title">
        <h2 id="time-title">How long will it take?</h2>
        <p>
          The sources we draw on put the applied roles at <strong>3 to 6 months</strong> of study at{' '}
          <strong>1 to 3 hours a day</strong>. Each roadmap shows how its own hours compare, so you can judge for
          yourself. Research is different: it asks for far more depth and takes far longer, often years.
        </p>
        <p>
          Only need one idea, say for a paper you are reading? <Link to="/learn">Learn on demand</Link>: pick a topic
          and get the shortest path of prerequisites to it.
        </p>
      </section>
    </>
  );
}
