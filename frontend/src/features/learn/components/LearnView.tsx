import { Link, useNavigate } from 'react-router';
import { QueryView } from '@/components/States';
import { formatHours, formatStudyTime } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useTopicPath } from '../api/get-topic-path';
import { useTopics, type TopicSummary } from '../api/get-topics';
import { PathSteps } from './PathSteps';
import { TopicPicker } from './TopicPicker';
import styles from './LearnView.module.css';

export function LearnView({ slug }: { slug?: string }) {
  const navigate = useNavigate();
  const topics = useTopics();
  const selected = topics.data?.find((topic) => topic.slug === slug);
  useDocumentTitle(selected ? `Path to ${selected.title}` : 'Learn on demand');

  return (
    <div className={styles.learn}>
      <header className={styles.header}>
        <h1>Learn on demand</h1>
        <p className={styles.lead}>
          Need one idea for a paper or a project? Pick the topic and Lemma lists the fewest prerequisites you need, in
          an order that works.
        </p>
      </header>
      <QueryView query={topics} loading="Loading topics…">
        {(data) => (
          <TopicPicker
            key={slug ?? 'none'}
            topics={data}
            selected={selected}
            onPick={(topic) => void navigate(`/learn/${topic.slug}`)}
          />
        )}
      </QueryView>
      {slug ? <PathSection slug={slug} /> : topics.data && <Suggestions topics={topics.data} />}
    </div>
  );
}

// Common reasons people arrive here; shown only if the curriculum has them.
const SUGGESTED = [
  'principal-component-analysis',
  'backpropagation',
  'attention-mechanism',
  'gradient-descent',
  'bayes-theorem',
  'maximum-likelihood-estimation',
];

function Suggestions({ topics }: { topics: readonly TopicSummary[] }) {
  const suggested = SUGGESTED.map((slug) => topics.find((topic) => topic.slug === slug)).filter(
    (topic): topic is TopicSummary => topic !== undefined,
  );
  if (suggested.length === 0) return null;
  return (
    <section className={styles.suggestions} aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">Or start from a common question</h2>
      <ul>
        {suggested.map((topic) => (
          <li key={topic.slug}>
            <Link to={`/learn/${topic.slug}`}>{topic.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function PathSection({ slug }: { slug: string }) {
  const path = useTopicPath(slug);
  return (
    <section className={styles.path} aria-labelledby="path-heading">
      <QueryView query={path} loading="Working out your path…" notFound="topic">
        {(data) => (
          <>
            <h2 id="path-heading" className={styles.pathHeading}>
              Your path to {data.target.title}
            </h2>
            <p className={styles.summary}>
              {data.topics.length} {data.topics.length === 1 ? 'step' : 'steps'}, {formatHours(data.total_hours)} in
              all: about {formatStudyTime(data.total_hours, 1)} at 1 hour a day, or{' '}
              {formatStudyTime(data.total_hours, 2)} at 2.
            </p>
            <PathSteps path={data} />
          </>
        )}
      </QueryView>
    </section>
  );
}
