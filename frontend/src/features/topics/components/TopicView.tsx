import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { AreaTag } from '@/components/AreaTag';
import { LevelBadge } from '@/components/LevelBadge';
import Markdown from '@/components/Markdown';
import { QueryView } from '@/components/States';
import { formatHours } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useTopic, type TopicDetail } from '../api/get-topic';
import { ResourceList } from './ResourceList';
import { SuggestResource } from './SuggestResource';
import { TopicLinks } from './TopicLinks';
import styles from './TopicView.module.css';

type TopicViewProps = {
  slug: string;
  /** The way into practising this topic; the page supplies it so the features stay apart. */
  practise?: ReactNode;
  /** Signed-in learners rate resources and suggest new ones. */
  signedIn?: boolean;
};

export function TopicView({ slug, practise, signedIn = false }: TopicViewProps) {
  const topic = useTopic(slug);
  useDocumentTitle(topic.data?.title);
  return (
    <QueryView query={topic} loading="Loading the topic…" notFound="topic">
      {(data) => <TopicContent topic={data} practise={practise} signedIn={signedIn} />}
    </QueryView>
  );
}

function TopicContent({ topic, practise, signedIn }: { topic: TopicDetail; practise: ReactNode; signedIn: boolean }) {
  return (
    <article className={styles.topic} aria-labelledby="topic-title">
      <header className={styles.header}>
        <p className={styles.meta}>
          <AreaTag area={topic.area} />
          <span aria-hidden="true">·</span>
          <span>{formatHours(topic.estimated_hours)} of study</span>
        </p>
        <h1 id="topic-title" className={styles.title}>
          {topic.title}
        </h1>
        <p className={styles.summary}>{topic.summary}</p>
        <div className={styles.actions}>
          <Link to={`/learn/${topic.slug}`} className="button">
            Plan a path to this topic
          </Link>
          {practise}
        </div>
      </header>

      <div className={styles.layout}>
        <div className={styles.main}>
          <section aria-labelledby="explanation" className={styles.section}>
            <h2 id="explanation">Explanation</h2>
            {topic.explanation ? <Markdown>{topic.explanation}</Markdown> : <p>An explanation is on its way.</p>}
          </section>
          {topic.ml_use && (
            <section aria-labelledby="ml-use" className={`${styles.section} ${styles.mlUse}`}>
              <h2 id="ml-use">Why it matters for ML</h2>
              <Markdown>{topic.ml_use}</Markdown>
            </section>
          )}
          <section aria-labelledby="resources" className={styles.section}>
            <h2 id="resources">Resources</h2>
            <ResourceList resources={topic.resources} topic={topic.slug} signedIn={signedIn} />
            <SuggestResource topic={topic.slug} signedIn={signedIn} />
          </section>
        </div>

        <aside className={styles.aside} aria-label="Related topics and roles">
          <TopicLinks
            id="prerequisites"
            title="Study first"
            topics={topic.prerequisites}
            empty="No prerequisites: a good place to start."
          />
          <TopicLinks id="dependents" title="Leads to" topics={topic.dependents} empty="Nothing builds on this yet." />
          <section aria-labelledby="topic-roles" className={styles.panel}>
            <h2 id="topic-roles" className={styles.panelTitle}>
              In roadmaps
            </h2>
            {topic.roles.length === 0 ? (
              <p className={styles.muted}>No role lists this topic.</p>
            ) : (
              <ul className={styles.roles}>
                {topic.roles.map((role) => (
                  <li key={role.slug}>
                    <Link to={`/roles/${role.slug}`}>{role.title}</Link>
                    <LevelBadge level={role.level} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
    </article>
  );
}
