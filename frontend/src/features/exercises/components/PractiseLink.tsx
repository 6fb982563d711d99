import { Link } from 'react-router';
import { useTemplates } from '../api/get-templates';
import { describeTemplates } from '../lib/describe-templates';
import styles from './PractiseLink.module.css';

/** The topic page's way in: links to practise or test out when the topic has exercises, a quiet
 * note if not. */
export function PractiseLink({ topic }: { topic: string }) {
  const templates = useTemplates(topic);
  if (templates.isPending || templates.isError) return null;
  if (templates.data.length === 0) return <p className={styles.none}>No exercises for this topic yet.</p>;
  return (
    <p className={styles.practise}>
      <Link to={`/practise/${topic}`} className="button secondary">
        Practise this topic
      </Link>
      <span className={styles.count}>{describeTemplates(templates.data)}</span>
      <Link to={`/test-out/${topic}`} className={styles.testOut}>
        Already know it? Test out
      </Link>
    </p>
  );
}
