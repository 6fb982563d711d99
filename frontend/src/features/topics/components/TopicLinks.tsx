import { Link } from 'react-router';
import { AreaDot } from '@/components/AreaTag';
import styles from './TopicView.module.css';

type Props = {
  id: string;
  title: string;
  topics: readonly { slug: string; title: string; area: string }[];
  empty: string;
};

export function TopicLinks({ id, title, topics, empty }: Props) {
  return (
    <section aria-labelledby={id} className={styles.panel}>
      <h2 id={id} className={styles.panelTitle}>
        {title}
      </h2>
      {topics.length === 0 ? (
        <p className={styles.muted}>{empty}</p>
      ) : (
        <ul className={styles.links}>
          {topics.map((topic) => (
            <li key={topic.slug}>
              <AreaDot area={topic.area} />
              <Link to={`/topics/${topic.slug}`}>{topic.title}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
